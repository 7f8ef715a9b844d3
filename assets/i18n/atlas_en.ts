<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
  <context>
    <name>atlas</name>
    <message>
      <source>数据来源（版本、许可）：</source>
      <translation>Data sources (version, licence):</translation>
    </message>
    <message>
      <source>• 内置政策文件：吉林省政府公开发布的文件（seeds/，原文照录）</source>
      <translation>• Bundled policy documents: documents published by the Jilin provincial government (seeds/, verbatim)</translation>
    </message>
    <message>
      <source>软件与字体：</source>
      <translation>Software and font:</translation>
    </message>
    <message>
      <source>详见 assets/README.md。本程序从不联网。</source>
      <translation>See assets/README.md. The atlas never uses the network.</translation>
    </message>
    <message>
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <source>使用指南</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>吉林产业政策地图</source>
      <translation>Jilin Industrial Policy Atlas</translation>
    </message>
    <message>
      <source>行政区划边界（县级及以上）</source>
      <translation>Administrative boundaries (county level and up)</translation>
    </message>
    <message>
      <source>地区名称与代码</source>
      <translation>Region names and codes</translation>
    </message>
    <message>
      <source>历史政区、乡镇与开发区</source>
      <translation>Former units, towns and development zones</translation>
    </message>
    <message>
      <source>政区变更</source>
      <translation>Changes of administrative units</translation>
    </message>
    <message>
      <source>相邻关系</source>
      <translation>Neighbours</translation>
    </message>
    <message>
      <source>复合区域成员</source>
      <translation>Composite zone members</translation>
    </message>
    <message>
      <source>园区位置</source>
      <translation>Park locations</translation>
    </message>
    <message>
      <source>产业分类</source>
      <translation>Industry taxonomy</translation>
    </message>
    <message>
      <source>英文地名</source>
      <translation>English place names</translation>
    </message>
    <message>
      <source>文件 {docs} 份，产业指定 {n} 条。</source>
      <translation>{docs} documents, {n} industry designations.</translation>
    </message>
    <message>
      <source>正在载入文档库…</source>
      <translation>Loading your document library…</translation>
    </message>
    <message>
      <source>文档库已载入</source>
      <translation>Document library loaded</translation>
    </message>
    <message>
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>正在生成地图集…</source>
      <translation>Building the atlas…</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>导出地图集</source>
      <translation>Export atlas</translation>
    </message>
    <message>
      <source>导出简报为 PDF</source>
      <translation>Export brief as PDF</translation>
    </message>
    <message>
      <source>无法保存</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>所选文件中没有产业指定</source>
      <translation>No designations in the chosen documents</translation>
    </message>
    <message>
      <source>产业数</source>
      <translation>Industries</translation>
    </message>
    <message>
      <source>年份不详</source>
      <translation>year unknown</translation>
    </message>
    <message>
      <source>指定产业</source>
      <translation>Designated industries</translation>
    </message>
    <message>
      <source>其中新增（相对上一份文件）</source>
      <translation>of which new since the previous document</translation>
    </message>
    <message>
      <source>（标题不详）</source>
      <translation>(title unknown)</translation>
    </message>
    <message>
      <source>文号不详</source>
      <translation>no document number</translation>
    </message>
    <message>
      <source>序言</source>
      <translation>Preamble</translation>
    </message>
    <message>
      <source>落款</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>按住 Ctrl 点击地图上的地区，加入对比。绿色：仅一个地区有；橙色：多个地区共有。</source>
      <translation>Ctrl-click regions on the map to compare them. Green: one region only; orange: shared by several.</translation>
    </message>
    <message>
      <source>导出对比表</source>
      <translation>Export comparison</translation>
    </message>
    <message>
      <source>地区对比.csv</source>
      <translation>region-comparison.csv</translation>
    </message>
    <message>
      <source>导出 CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <source>导出 PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <source>把对比表存为 PDF（可打印）</source>
      <translation>Save the comparison as PDF (printable)</translation>
    </message>
    <message>
      <source>清空</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>是</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>否</source>
      <translation>no</translation>
    </message>
    <message>
      <source>无</source>
      <translation>none</translation>
    </message>
    <message>
      <source>共同产业（可能同质化）：</source>
      <translation>Shared industries (possible duplication): </translation>
    </message>
    <message>
      <source>未归类的用语：产业分类中没有这一用语，按原文逐字比较</source>
      <translation>Unclassified term: not in the industry taxonomy, compared word for word</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>地区对比</source>
      <translation>Comparison</translation>
    </message>
    <message>
      <source>产业</source>
      <translation>Industries</translation>
    </message>
    <message>
      <source>仅 {region}：</source>
      <translation>Only {region}: </translation>
    </message>
    <message>
      <source>所用文件：</source>
      <translation>Documents: </translation>
    </message>
    <message>
      <source>概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>图表</source>
      <translation>Chart</translation>
    </message>
    <message>
      <source>条款</source>
      <translation>Clauses</translation>
    </message>
    <message>
      <source>目标</source>
      <translation>Targets</translation>
    </message>
    <message>
      <source>选择一个地区以查看图表。</source>
      <translation>Select a region to see its chart.</translation>
    </message>
    <message>
      <source>已复制引文：</source>
      <translation>Citation copied: </translation>
    </message>
    <message>
      <source>在地图上点击一个地区，或在左上方搜索地区。</source>
      <translation>Click a region on the map, or find one with the box at the top left.</translation>
    </message>
    <message>
      <source>省</source>
      <translation>Province</translation>
    </message>
    <message>
      <source>地级</source>
      <translation>Prefecture</translation>
    </message>
    <message>
      <source>县级</source>
      <translation>County</translation>
    </message>
    <message>
      <source>复合区</source>
      <translation>Composite zone</translation>
    </message>
    <message>
      <source>核心</source>
      <translation>core</translation>
    </message>
    <message>
      <source>成员</source>
      <translation>member</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>responsible unit</translation>
    </message>
    <message>
      <source>位置确切</source>
      <translation>exact location</translation>
    </message>
    <message>
      <source>位置近似</source>
      <translation>approximate location</translation>
    </message>
    <message>
      <source>仅知所在地区</source>
      <translation>only its region is known</translation>
    </message>
    <message>
      <source>（未归类）</source>
      <translation> (unclassified)</translation>
    </message>
    <message>
      <source>〓：原文在此处有无法显示的字符（{codes}，私用区或控制字符），原文件未作改动。</source>
      <translation>〓 marks a character the source holds that no font can show ({codes}, a private-use or control character); the file itself is unchanged.</translation>
    </message>
    <message>
      <source>括号中的地名：该产业是指定给下属县（市）的，而非本级。</source>
      <translation>A place in brackets: the industry was designated to that county, not to this region itself.</translation>
    </message>
    <message>
      <source>在阅读器中打开</source>
      <translation>Open in the reader</translation>
    </message>
    <message>
      <source>复制引文</source>
      <translation>Copy citation</translation>
    </message>
    <message>
      <source>另有 {n} 处未列出，请缩小查询。</source>
      <translation>{n} more matches not listed; narrow the query.</translation>
    </message>
    <message>
      <source>此条文本顺序混乱（原文如此），请对照原件</source>
      <translation>The text of this clause is out of order in the source; check the original</translation>
    </message>
    <message>
      <source>指定产业（按文件）</source>
      <translation>Designated industries (by document)</translation>
    </message>
    <message>
      <source>成员地区</source>
      <translation>Member regions</translation>
    </message>
    <message>
      <source>没有条款提到该地区。</source>
      <translation>No clause mentions this region.</translation>
    </message>
    <message>
      <source>所属复合区域：</source>
      <translation>Member of: </translation>
    </message>
    <message>
      <source>所选文件中没有该地区的产业指定。</source>
      <translation>The chosen documents designate no industries for this region.</translation>
    </message>
    <message>
      <source>新增：</source>
      <translation>added: </translation>
    </message>
    <message>
      <source>未再提及：</source>
      <translation>no longer mentioned: </translation>
    </message>
    <message>
      <source>未找到引用条款</source>
      <translation>clause naming it not found</translation>
    </message>
    <message>
      <source>所选文件中没有提到该地区的园区。</source>
      <translation>The documents in view name no park of this region.</translation>
    </message>
    <message>
      <source>回顾</source>
      <translation>past work</translation>
    </message>
    <message>
      <source>未归类的用语：</source>
      <translation>Unclassified terms: </translation>
    </message>
    <message>
      <source>园区（{n}）</source>
      <translation>Parks ({n})</translation>
    </message>
    <message>
      <source>地区不详</source>
      <translation>region unknown</translation>
    </message>
    <message>
      <source>共 {n} 处</source>
      <translation>{n} matches</translation>
    </message>
    <message>
      <source>文中称：</source>
      <translation>Named in the text: </translation>
    </message>
    <message>
      <source>没有找到“{q}”。</source>
      <translation>“{q}” was not found.</translation>
    </message>
    <message>
      <source>图层：地区（各产业指定数）、复合区域、园区（含位置可信度）</source>
      <translation>Layers: regions (designations per industry), composite zones, parks (with location confidence)</translation>
    </message>
    <message>
      <source>SVG 矢量图 (*.svg)</source>
      <translation>SVG vector image (*.svg)</translation>
    </message>
    <message>
      <source>导出地图图像</source>
      <translation>Export map image</translation>
    </message>
    <message>
      <source>吉林产业地图.png</source>
      <translation>jilin-industry-map.png</translation>
    </message>
    <message>
      <source>GeoJSON，每层一个文件 (*.geojson)</source>
      <translation>GeoJSON, one file a layer (*.geojson)</translation>
    </message>
    <message>
      <source>导出 GIS 图层</source>
      <translation>Export GIS layers</translation>
    </message>
    <message>
      <source>吉林产业政策.gpkg</source>
      <translation>jilin-industrial-policy.gpkg</translation>
    </message>
    <message>
      <source>对比表导出为 PDF</source>
      <translation>Comparison as PDF</translation>
    </message>
    <message>
      <source>地区对比.pdf</source>
      <translation>region-comparison.pdf</translation>
    </message>
    <message>
      <source>导出地区历史</source>
      <translation>Export a region's history</translation>
    </message>
    <message>
      <source>PNG 图像 (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <source>请先在地图上选择一个地区。</source>
      <translation>Select a region on the map first.</translation>
    </message>
    <message>
      <source>每份文件指定的产业：新增、保留、未再提及</source>
      <translation>Industries by document: new, kept, no longer named</translation>
    </message>
    <message>
      <source>成文日期行</source>
      <translation>the signing line</translation>
    </message>
    <message>
      <source>会议日期行</source>
      <translation>the meeting line</translation>
    </message>
    <message>
      <source>报告人日期</source>
      <translation>the date beside the speaker</translation>
    </message>
    <message>
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>有此指定的地级地区数；“(+n)”：另有 n 个复合区域或全省整体有此指定</source>
      <translation>Prefectures designated this industry; “+n zones”: n composite zones or the whole province are designated it as well</translation>
    </message>
    <message>
      <source>未筛选产业</source>
      <translation>No industry filter (tick industries below)</translation>
    </message>
    <message>
      <source>任一</source>
      <translation>Any</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>任一：地区有所选产业之一即着色；全部：地区须有所选的每一个产业</source>
      <translation>Any: a region is coloured if it is designated any of the ticked industries; All: only if it is designated every one</translation>
    </message>
    <message>
      <source>清除</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>清除产业筛选</source>
      <translation>Clear industry filter</translation>
    </message>
    <message>
      <source>发文机关</source>
      <translation>Issuer</translation>
    </message>
    <message>
      <source>所涉地区</source>
      <translation>Subject region</translation>
    </message>
    <message>
      <source>文件类型</source>
      <translation>Kind of document</translation>
    </message>
    <message>
      <source>日期来源</source>
      <translation>Date read from</translation>
    </message>
    <message>
      <source>地区数</source>
      <translation>Regions</translation>
    </message>
    <message>
      <source>吉林省外：</source>
      <translation>outside Jilin: </translation>
    </message>
    <message>
      <source>（文档库）</source>
      <translation> (library)</translation>
    </message>
    <message>
      <source>内置文件</source>
      <translation>built-in document</translation>
    </message>
    <message>
      <source>文档库（已导入）</source>
      <translation>library (imported)</translation>
    </message>
    <message>
      <source>本次运行载入</source>
      <translation>loaded for this run only</translation>
    </message>
    <message>
      <source>筛选：{industries}</source>
      <translation>Filter: {industries}</translation>
    </message>
    <message>
      <source>日期不详</source>
      <translation>date unknown</translation>
    </message>
    <message>
      <source>{n} (+1)</source>
      <translation>{n} (+1 zone)</translation>
    </message>
    <message>
      <source>{n} (+{z})</source>
      <translation>{n} (+{z} zones)</translation>
    </message>
    <message>
      <source>{n} 个地级地区有此产业指定</source>
      <translation>{n} prefectures are designated this industry</translation>
    </message>
    <message>
      <source>来源：{source}</source>
      <translation>Source: {source}</translation>
    </message>
    <message>
      <source>另有 {z} 个复合区域或全省整体有此指定：{names}</source>
      <translation>Also designated to {z} zones or the whole province: {names}</translation>
    </message>
    <message>
      <source>文号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>年份</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>新文件</source>
      <translation>new</translation>
    </message>
    <message>
      <source>无法导入</source>
      <translation>cannot import</translation>
    </message>
    <message>
      <source>未知</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>已存在：</source>
      <translation>already present: </translation>
    </message>
    <message>
      <source>导入文件</source>
      <translation>Import documents</translation>
    </message>
    <message>
      <source>{file}（本次导入中较早的文件）</source>
      <translation>{file} (earlier in this import)</translation>
    </message>
    <message>
      <source>读取方式</source>
      <translation>Read as</translation>
    </message>
    <message>
      <source>条款数</source>
      <translation>Clauses</translation>
    </message>
    <message>
      <source>地区</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>文中未写明，可填写</source>
      <translation>not stated in the text; you may fill it in</translation>
    </message>
    <message>
      <source>新文件 {new} 个，已存在 {present} 个，无法导入 {error} 个</source>
      <translation>{new} new, {present} already present, {error} cannot be imported</translation>
    </message>
    <message>
      <source>导入 {n} 个文件</source>
      <translation>Import {n} files</translation>
    </message>
    <message>
      <source>未归类的产业用语</source>
      <translation>Unclassified industry terms</translation>
    </message>
    <message>
      <source>日期 (YYYY-MM-DD)</source>
      <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>指定产业数</source>
      <translation>Designated industries</translation>
    </message>
    <message>
      <source>{n} 项</source>
      <translation>{n}</translation>
    </message>
    <message>
      <source>{lo}–{hi} 项</source>
      <translation>{lo}–{hi}</translation>
    </message>
    <message>
      <source>{n} 份文件</source>
      <translation>{n} document(s)</translation>
    </message>
    <message>
      <source>{lo}–{hi} 份文件</source>
      <translation>{lo}–{hi} documents</translation>
    </message>
    <message>
      <source>{industry}：指定文件数</source>
      <translation>{industry}: designating documents</translation>
    </message>
    <message>
      <source>对比中的地区</source>
      <translation>Regions being compared</translation>
    </message>
    <message>
      <source>打开的条款提到的地区</source>
      <translation>Regions named by the open clause</translation>
    </message>
    <message>
      <source>园区（位置已知）</source>
      <translation>Park (location known)</translation>
    </message>
    <message>
      <source>园区（仅知所在地区）</source>
      <translation>Park (region only)</translation>
    </message>
    <message>
      <source>导入文档</source>
      <translation>Import documents</translation>
    </message>
    <message>
      <source>导入文件夹</source>
      <translation>Import folder</translation>
    </message>
    <message>
      <source>导入已取消，文档库未改变。</source>
      <translation>Import cancelled; the library is unchanged.</translation>
    </message>
    <message>
      <source>移除文档</source>
      <translation>Remove document</translation>
    </message>
    <message>
      <source>要移除的文档：</source>
      <translation>Document to remove:</translation>
    </message>
    <message>
      <source>已导入 {added} 份，{present} 份已存在，{refused} 份未能读取，{skipped} 份不是文档。</source>
      <translation>{added} imported, {present} already present, {refused} could not be read, {skipped} not documents.</translation>
    </message>
    <message>
      <source>文档库中没有导入的文档。</source>
      <translation>The library holds no imported documents.</translation>
    </message>
    <message>
      <source>所有文件</source>
      <translation>All files</translation>
    </message>
    <message>
      <source>正在读取文件…</source>
      <translation>Reading files…</translation>
    </message>
    <message>
      <source>正在导入…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>已导入 {added} 份文件，{present} 份已存在。</source>
      <translation>Imported {added} documents; {present} were already there.</translation>
    </message>
    <message>
      <source>撤销移除文档</source>
      <translation>Undo removing a document</translation>
    </message>
    <message>
      <source>已恢复“{doc}”</source>
      <translation>Restored “{doc}”</translation>
    </message>
    <message>
      <source>文档库</source>
      <translation>Library</translation>
    </message>
    <message>
      <source>政策文件</source>
      <translation>Policy documents</translation>
    </message>
    <message>
      <source>从文档库中移除“{doc}”？</source>
      <translation>Remove “{doc}” from the library?</translation>
    </message>
    <message>
      <source>已移除“{doc}”（Ctrl+Z 撤销）</source>
      <translation>Removed “{doc}” (Ctrl+Z to undo)</translation>
    </message>
    <message>
      <source>撤销移除“{doc}”</source>
      <translation>Undo removing “{doc}”</translation>
    </message>
    <message>
      <source>无法恢复“{doc}”</source>
      <translation>“{doc}” could not be restored</translation>
    </message>
    <message>
      <source>打印简报</source>
      <translation>Print brief</translation>
    </message>
    <message>
      <source>筛选与搜索</source>
      <translation>Filters and search</translation>
    </message>
    <message>
      <source>地区详情</source>
      <translation>Region detail</translation>
    </message>
    <message>
      <source>文件阅读</source>
      <translation>Document reader</translation>
    </message>
    <message>
      <source>同质化</source>
      <translation>Overlap</translation>
    </message>
    <message>
      <source>地图</source>
      <translation>Map</translation>
    </message>
    <message>
      <source>内置文件不能移除</source>
      <translation>Bundled documents cannot be removed</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>请先在地图或地区列表中选择一个地区。</source>
      <translation>Select a region on the map or in the region list first.</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>搜索</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>文档库无法使用，现仅显示内置文件</source>
      <translation>The document library cannot be used; only the built-in documents are shown</translation>
    </message>
    <message>
      <source>已选：{name}</source>
      <translation>Selected: {name}</translation>
    </message>
    <message>
      <source>对比：{names}</source>
      <translation>Comparing: {names}</translation>
    </message>
    <message>
      <source>产业筛选：{industries}</source>
      <translation>Industries: {industries}</translation>
    </message>
    <message>
      <source>提示 {n} 条（见左侧“提示”标签）</source>
      <translation>{n} notes (see the Notes tab on the left)</translation>
    </message>
    <message>
      <source>或</source>
      <translation> or </translation>
    </message>
    <message>
      <source>且</source>
      <translation> and </translation>
    </message>
    <message>
      <source>全省有此指定</source>
      <translation>Designated to the whole province</translation>
    </message>
    <message>
      <source>指定产业：{n} 项</source>
      <translation>Designated industries: {n}</translation>
    </message>
    <message>
      <source>{industry}：{n} 份文件</source>
      <translation>{industry}: {n} documents</translation>
    </message>
    <message>
      <source>所属复合区域有此指定：{zones}</source>
      <translation>Designated to its zone: {zones}</translation>
    </message>
    <message>
      <source>复合区域指定：{zone}</source>
      <translation>Designated to zone: {zone}</translation>
    </message>
    <message>
      <source>全省指定（{name}）</source>
      <translation>Designated to the whole province ({name})</translation>
    </message>
    <message>
      <source>重置视图</source>
      <translation>Reset view</translation>
    </message>
    <message>
      <source>显示全省</source>
      <translation>Show the whole province</translation>
    </message>
    <message>
      <source>相邻地级市在所选文件（可用下方年份控制选择时期）中共同被指定的产业；地图上的连线越粗，共同产业越多。</source>
      <translation>Industries that neighbouring prefectures are both designated in the documents in view (choose the period with the years below); the thicker the line on the map, the more they share.</translation>
    </message>
    <message>
      <source>相邻地区</source>
      <translation>Neighbours</translation>
    </message>
    <message>
      <source>共同产业</source>
      <translation>Shared</translation>
    </message>
    <message>
      <source>占比</source>
      <translation>Share</translation>
    </message>
    <message>
      <source> 等 {n} 项</source>
      <translation> and more ({n} in all)</translation>
    </message>
    <message>
      <source>此条文本顺序混乱（原文如此），未作改动</source>
      <translation>This clause is out of order in the source; shown unchanged</translation>
    </message>
    <message>
      <source>上一处搜索结果</source>
      <translation>Previous search hit</translation>
    </message>
    <message>
      <source>下一处搜索结果</source>
      <translation>Next search hit</translation>
    </message>
    <message>
      <source>复制引文（标题、文号、条款与所选原文）</source>
      <translation>Copy citation (title, 文号, clause and the selected words)</translation>
    </message>
    <message>
      <source>此条文本顺序混乱（原文如此，已标色显示，未作改动），请对照原件阅读。</source>
      <translation>This clause is out of order in the source (tinted, shown unchanged); read it against the original.</translation>
    </message>
    <message>
      <source>{n} 处</source>
      <translation>{n} hits</translation>
    </message>
    <message>
      <source>已保存</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>打开文件</source>
      <translation>Open file</translation>
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>已保存到：{path}</source>
      <translation>Saved to: {path}</translation>
    </message>
    <message>
      <source>搜索条款全文（Ctrl+F）</source>
      <translation>Search all clause text (Ctrl+F)</translation>
    </message>
    <message>
      <source>查找地区：名称或代码，回车选择</source>
      <translation>Find a region: name or code, Enter to select</translation>
    </message>
    <message>
      <source>另有 {n} 处在所选年份或文件之外。</source>
      <translation>{n} more matches in documents outside the years or documents chosen.</translation>
    </message>
    <message>
      <source>复合区域</source>
      <translation>Zones</translation>
    </message>
    <message>
      <source>目标年未说明</source>
      <translation>year not stated</translation>
    </message>
    <message>
      <source>{year} 年</source>
      <translation>by {year}</translation>
    </message>
    <message>
      <source>基期 {baseline}</source>
      <translation>baseline {baseline}</translation>
    </message>
    <message>
      <source>选择一个地区以查看目标。</source>
      <translation>Select a region to see its targets.</translation>
    </message>
    <message>
      <source>所选文件中没有该地区的目标。</source>
      <translation>The selected documents give this region no targets.</translation>
    </message>
    <message>
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <source>逐年播放：地图按所选年份的文件着色</source>
      <translation>Play year by year: the map shows the documents of the years chosen</translation>
    </message>
    <message>
      <source>前一年</source>
      <translation>One year back</translation>
    </message>
    <message>
      <source>后一年</source>
      <translation>One year on</translation>
    </message>
    <message>
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>显示全部文件，包括年份不详的</source>
      <translation>Show every document, the undated ones too</translation>
    </message>
    <message>
      <source>暂停</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>播放</source>
      <translation>Play</translation>
    </message>
    <message>
      <source>全部年份：{n} 份文件</source>
      <translation>All years: {n} documents</translation>
    </message>
    <message>
      <source>{n} 份文件在所选年份内</source>
      <translation>{n} documents in the years chosen</translation>
    </message>
    <message>
      <source>（{m} 份年份不详的文件不在其中）</source>
      <translation> ({m} undated documents not among them)</translation>
    </message>
    <message>
      <source>{n} 份</source>
      <translation>{n} docs</translation>
    </message>
    <message>
      <source>另有 {n} 项产业，见下文各文件。</source>
      <translation>{n} more industries: see the documents below.</translation>
    </message>
    <message>
      <source>产业时间线</source>
      <translation>Industries over the years</translation>
    </message>
    <message>
      <source>■ 当年文件部署（规划）  □ 仅见于工作回顾  · 未提及</source>
      <translation>■ planned that year  □ only in a review of past work  · not named</translation>
    </message>
    <message>
      <source>标题不详的文件</source>
      <translation>a document of unknown title</translation>
    </message>
    <message>
      <source>文件“{name}”</source>
      <translation>file “{name}”</translation>
    </message>
    <message>
      <source>{year} 年的文件（标题不详）</source>
      <translation>a {year} document (title unknown)</translation>
    </message>
    <message>
      <source>未能读出的内容与其他提示。点击一条，在阅读器中打开所指的文件和条款。</source>
      <translation>What could not be read, and other notes. Click one to open its document and clause in the reader.</translation>
    </message>
    <message>
      <source>点击在阅读器中打开</source>
      <translation>Click to open it in the reader</translation>
    </message>
    <message>
      <source>提示列表</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>视图(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>语言</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>打印简报…</source>
      <translation>Print brief…</translation>
    </message>
    <message>
      <source>打印所选地区的简报</source>
      <translation>Print the brief of the selected region</translation>
    </message>
    <message>
      <source>导出简报为 PDF…</source>
      <translation>Export brief as PDF…</translation>
    </message>
    <message>
      <source>导出地图集…</source>
      <translation>Export atlas…</translation>
    </message>
    <message>
      <source>封面、目录，每个地级市和复合区域一份简报</source>
      <translation>Cover, contents and one brief per prefecture and zone</translation>
    </message>
    <message>
      <source>导出对比表 CSV…</source>
      <translation>Export comparison as CSV…</translation>
    </message>
    <message>
      <source>导入文档…</source>
      <translation>Import documents…</translation>
    </message>
    <message>
      <source>导入 .txt、.md、.docx 或 PDF 文件（也可拖放到窗口上）</source>
      <translation>Import .txt, .md, .docx or PDF files (or drop them on the window)</translation>
    </message>
    <message>
      <source>导入文件夹…</source>
      <translation>Import folder…</translation>
    </message>
    <message>
      <source>导入文件夹及其子文件夹中的全部文档</source>
      <translation>Import every document in a folder and its subfolders</translation>
    </message>
    <message>
      <source>移除文档…</source>
      <translation>Remove document…</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>县级图层</source>
      <translation>Counties</translation>
    </message>
    <message>
      <source>显示县级行政区（放大时自动显示）</source>
      <translation>Show counties (shown automatically when zoomed in)</translation>
    </message>
    <message>
      <source>园区</source>
      <translation>Parks</translation>
    </message>
    <message>
      <source>搜索条款</source>
      <translation>Search clauses</translation>
    </message>
    <message>
      <source>清除选择</source>
      <translation>Clear selection</translation>
    </message>
    <message>
      <source>关于与数据来源</source>
      <translation>About and data sources</translation>
    </message>
    <message>
      <source>导出地图图像（PNG / SVG）…</source>
      <translation>Export map image (PNG / SVG)…</translation>
    </message>
    <message>
      <source>把地图当前的视图存为 PNG 或 SVG</source>
      <translation>Save the map as shown now as PNG or SVG</translation>
    </message>
    <message>
      <source>导出 GIS 图层…</source>
      <translation>Export GIS layers…</translation>
    </message>
    <message>
      <source>导出地区历史 CSV…</source>
      <translation>Export the region's history (CSV)…</translation>
    </message>
    <message>
      <source>所选地区每份文件指定的产业，及其新增、保留、未再提及</source>
      <translation>The industries each document designates to the selected region: new, kept, no longer named</translation>
    </message>
    <message>
      <source>地区（各产业指定数）、复合区域、园区，存为 GeoPackage 或 GeoJSON，可用 QGIS 打开</source>
      <translation>Regions (designations per industry), composite zones and parks as GeoPackage or GeoJSON, for QGIS</translation>
    </message>
    <message>
      <source>导出对比表 PDF…</source>
      <translation>Export comparison as PDF…</translation>
    </message>
  </context>
</TS>
