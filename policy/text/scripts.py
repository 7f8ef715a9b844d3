"""Traditional characters folded to simplified, one for one, so that a simplified query finds Big5 text.

A small table (~700 characters: the vocabulary of policy documents, place and organisation names, metals),
not a full converter: the document's text is kept as written, and only search compares folded text. Each
character maps to exactly one character, so a position in the folded text is the same position in the text.
"""

from __future__ import annotations

import re

__all__ = ["fold_traditional", "has_traditional"]

_TRADITIONAL = (
    "業產發經濟區國會們來這為與進對實現開關門員動場時長東車農務設計劃點體係規環資術機構製應網數據雲電"
    "輕鐵線鋼礦藥醫療養遊貿園鎮縣鄉統億萬項標準質積極強優勢傳創綠綜試驗範圍達並兩個幾將從還過無後裡麼"
    "樣當協調職責決議書辦廳處級專組織領導黨華龍邊團遼圖琿樺雙陽輝臨樂衛韓紅歷總頭價營銷費額稅財銀險證"
    "號單題問見觀覽條訂則報覺學習維護監測檢認識訊讀課說話語請論記許築橋運輸郵遞軌飛彈藝畫廣視聽絡連續"
    "紀約給結紡紗細終絲緊縮繼麥糧飼種蘇藍葉薦蘭虧裝補複襲親訓託評詳誠誤談諾謀講謝變讓豐豬貝負貢貨販貧"
    "購貸賓賣賴贏趕趨跡軍軟載較輔輛輪轉迴週遠適選遺鄰釋針錢鍋錄鎖鏈鐘閉間閒閱闊隊階際隨隱雜離難靈韌順"
    "預頻顧顯風飲飯館馬駐驅髮鬥魚鮮鳥鹽麗齊齡氣漢滿潔濕灣災煙熱燈爭爾牽獎獨獲畝畢異盡盤礎碼確禮禍穩窮"
    "競筆節簡簽類糾純納紙絕綱緣編練縱績罰羅聯聲肅脅脈腦興舉舊艱莊蓋蔣蘊衆眾衝觸誌諮謂貫賽贊踐軸辭鄭鑒"
    "鑑閘陸陳陰隴雖雞霧靜響頁頂須頒頓顏餘驚鬆黃齒龜儲償僅備傑傷偉側倉併侖內兒冊凍劇剛勞勝勵勸匯卻廠厲"
    "參嚴圓執堅塊墾壓壞壯壽夠夢奮婦孫寧審寫寬層屬島嶺帶師幣幫幹庫廢張彙徑復徵態憑懷戰戶擁擇擊擔擴攜撥"
    "換損搖揮採掃掛捨敗敵斷於晉曉暢曆楊樓樹權歡歲歸殘殺沒溝減湯溫滅漁潤澤濱瀋燒爐狀獻盜礙禦稱穀窪緒締"
    "縫繫纜罷義聖聞膠臺艦蘋蟲討訪診詢該誘誰諸謹譜讚贈趙躍轄遷遲邁邏醜釀鋁銅鋪鍊煉鎂鎢鋅錫鉬鈦鉀鈉鎳鈷"
    "鉛鍵鏡閥陣隸韋顆飽駕騰鬱魯鯉鳳鶴鷹麵劉吳呂啟喬嘗噸壇壩奧娛嬰寶尋屆嶄巖幟廈廚廟彎徹憂懸懼戲拋擬擾"
    "攝敘膚臟艙蓮蘆詐賦賬賺輯輿轟醬釘鈔銜鋒錦鍛鏟鑄鑽閃閣闖陝隻韻頸颱餅騎驛鴨鵝鹼黴齋鈣鋰氫樞紐攬贛閩"
    "滬烏臚樸榮撫嶼淵鎔訴訟鑰衞僱傭鄧"
)
_SIMPLIFIED = (
    "业产发经济区国会们来这为与进对实现开关门员动场时长东车农务设计划点体系规环资术机构制应网数据云电"
    "轻铁线钢矿药医疗养游贸园镇县乡统亿万项标准质积极强优势传创绿综试验范围达并两个几将从还过无后里么"
    "样当协调职责决议书办厅处级专组织领导党华龙边团辽图珲桦双阳辉临乐卫韩红历总头价营销费额税财银险证"
    "号单题问见观览条订则报觉学习维护监测检认识讯读课说话语请论记许筑桥运输邮递轨飞弹艺画广视听络连续"
    "纪约给结纺纱细终丝紧缩继麦粮饲种苏蓝叶荐兰亏装补复袭亲训托评详诚误谈诺谋讲谢变让丰猪贝负贡货贩贫"
    "购贷宾卖赖赢赶趋迹军软载较辅辆轮转回周远适选遗邻释针钱锅录锁链钟闭间闲阅阔队阶际随隐杂离难灵韧顺"
    "预频顾显风饮饭馆马驻驱发斗鱼鲜鸟盐丽齐龄气汉满洁湿湾灾烟热灯争尔牵奖独获亩毕异尽盘础码确礼祸稳穷"
    "竞笔节简签类纠纯纳纸绝纲缘编练纵绩罚罗联声肃胁脉脑兴举旧艰庄盖蒋蕴众众冲触志咨谓贯赛赞践轴辞郑鉴"
    "鉴闸陆陈阴陇虽鸡雾静响页顶须颁顿颜余惊松黄齿龟储偿仅备杰伤伟侧仓并仑内儿册冻剧刚劳胜励劝汇却厂厉"
    "参严圆执坚块垦压坏壮寿够梦奋妇孙宁审写宽层属岛岭带师币帮干库废张汇径复征态凭怀战户拥择击担扩携拨"
    "换损摇挥采扫挂舍败敌断于晋晓畅历杨楼树权欢岁归残杀没沟减汤温灭渔润泽滨沈烧炉状献盗碍御称谷洼绪缔"
    "缝系缆罢义圣闻胶台舰苹虫讨访诊询该诱谁诸谨谱赞赠赵跃辖迁迟迈逻丑酿铝铜铺炼炼镁钨锌锡钼钛钾钠镍钴"
    "铅键镜阀阵隶韦颗饱驾腾郁鲁鲤凤鹤鹰面刘吴吕启乔尝吨坛坝奥娱婴宝寻届崭岩帜厦厨庙弯彻忧悬惧戏抛拟扰"
    "摄叙肤脏舱莲芦诈赋账赚辑舆轰酱钉钞衔锋锦锻铲铸钻闪阁闯陕只韵颈台饼骑驿鸭鹅碱霉斋钙锂氢枢纽揽赣闽"
    "沪乌胪朴荣抚屿渊镕诉讼钥卫雇佣邓"
)
_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
_ANY = re.compile("[" + re.escape(_TRADITIONAL) + "]")


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any character of the table."""
    return _ANY.search(text) is not None


def fold_traditional(text: str) -> str:
    """``text`` with the table's traditional characters replaced by simplified ones (same length).

    Text without any is returned as is (the same object), so folding simplified documents costs no memory.
    """
    if not isinstance(text, str):
        raise TypeError(f"fold_traditional() needs a str, not {type(text).__name__}")
    return text.translate(_TABLE) if has_traditional(text) else text
