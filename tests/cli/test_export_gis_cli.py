"""`python main.py export-gis -o FILE.gpkg|.geojson`: layers a GIS opens; a bad -o is refused with exit 2."""

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyogrio

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def test_export_gis_writes_a_geopackage(tmp_path):
    out = tmp_path / "jilin.gpkg"
    result = run_cli("export-gis", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert {name for name, _ in pyogrio.list_layers(out)} == {"regions", "zones", "parks"}
    regions = gpd.read_file(out, layer="regions")
    assert "吉林市" in set(regions.name) and "n_automotive" in regions.columns
    assert oct(out.stat().st_mode & 0o777) in ("0o644", "0o664", "0o600", "0o640")


def test_a_bad_suffix_or_folder_is_refused_plainly(tmp_path):
    bad = run_cli("export-gis", "-o", str(tmp_path / "jilin.shp"))
    assert bad.returncode == 2 and ".gpkg" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_cli("export-gis", "-o", str(tmp_path / "no" / "jilin.gpkg"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert not (tmp_path / "no").exists()
