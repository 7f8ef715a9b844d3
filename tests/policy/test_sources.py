"""Reading user files: encodings are detected and named, front matter is metadata, bad files are refused."""

import codecs

import pytest

from policy.text.sources import InputError, decode_bytes, read_text_file, split_front_matter, strip_markdown

TEXT = "一、总体要求\n长春市重点发展汽车及零部件、轨道客车等。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (with BOM)"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (("abc " + TEXT).encode("utf-16-le"), "utf-16-le"),  # no BOM
    ],
)
def test_encodings_are_detected_and_named(data, encoding):
    text, used = decode_bytes(data, "x.txt")
    assert text.lstrip("\ufeff").endswith(TEXT)
    assert used == encoding


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        ("长春市重点发展".encode()[:-1], "truncated"),
    ],
)
def test_bad_bytes_get_one_clear_message(data, words):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "doc.txt")
    message = str(err.value)
    assert message.startswith("doc.txt: ")
    assert words in message
    assert "\n" not in message


def test_front_matter_is_metadata_not_text(tmp_path):
    p = tmp_path / "new.md"
    p.write_text(
        "---\ntitle: 关于支持某市的意见\ndate: 2024-03-01\n文号: 吉政发〔2024〕1号\n---\n"
        "# 一、**总体**要求\n正文。",
        "utf-8",
    )
    src = read_text_file(p)
    assert src.meta == {
        "title": "关于支持某市的意见",
        "date": "2024-03-01",
        "doc_number": "吉政发〔2024〕1号",
    }
    assert "---" not in src.text and "title" not in src.text
    assert src.text.strip() == "一、总体要求\n正文。"


@pytest.mark.parametrize("written", ["2024-05-06", "2024/5/6", "二〇二四年五月六日"])
def test_front_matter_dates_in_common_forms(written):
    meta, _ = split_front_matter(f"---\ndate: {written}\n---\n正文", "a.md")
    assert meta["date"] == "2024-05-06"


@pytest.mark.parametrize("written", ["2024-13-45", "2024-02-30", "下个月"])
def test_impossible_front_matter_date_is_refused_with_a_message(written):
    with pytest.raises(InputError, match="not a valid date"):
        split_front_matter(f"---\ndate: {written}\n---\n正文", "a.md")


def test_broken_front_matter_is_refused():
    with pytest.raises(InputError, match="front matter"):
        split_front_matter("---\ntitle: [unclosed\n---\n正文", "a.md")


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("## 标题\n这是**重点**内容", "标题\n这是重点内容"),
        ("发展*旅游*和`人参`产业", "发展旅游和人参产业"),
        ("见[海产品](http://x.example/a)与![图](a.png)", "见海产品与图"),
        ("> 一、总体要求\n正文", "一、总体要求\n正文"),
        ("2*3*4 与 a_b_c 不是标记", "2*3*4 与 a_b_c 不是标记"),
    ],
)
def test_strip_markdown_keeps_only_the_words(markdown, words):
    assert strip_markdown(markdown) == words


def test_missing_and_directory_paths(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_text_file(tmp_path)
