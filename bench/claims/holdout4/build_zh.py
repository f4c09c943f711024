#!/usr/bin/env python3
"""Build bench/claims/holdout4/zh-TW.jsonl (test-only hold-out set 4, zh-TW).

Records are data below. The script runs the checks of the gathering brief and
writes the jsonl only if every check passes. It prints counts, ids and (for
near-duplicate hits) only this set's own texts, never the texts or labels of
any other corpus file.

Host rule for this set (replaces the hash partition): an origin is allowed only
if its host (lower-cased, without "www.") is not in /tmp/claims-used-hosts.txt
and the URL is not in /tmp/claims-used-origins.txt. As an extra guard, a host
whose parent domain is a used host (e.g. a sub-domain of a used site) is also
rejected.
"""
import difflib
import glob
import json
import os
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "zh-TW.jsonl")
USED_HOSTS = "/tmp/claims-used-hosts.txt"
USED_ORIGINS = "/tmp/claims-used-origins.txt"

LABELS = ["safety", "benefit", "approval", "comparison", "social_proof",
          "suitability", "promotion", "none"]
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum",
           "handout-style", "written"}

# (group, source, origin, [(text, label, note), ...])
PAGES = [
("h4-zh-glarity", "news", "https://askai.glarity.app/zh-TW/search/%E8%87%AA%E9%AB%94%E8%A1%80%E5%B0%8F%E6%9D%BF%E6%B3%A8%E5%B0%84%E7%99%82%E6%B3%95%E6%98%AF%E4%BB%80%E9%BA%BC", [
 ("自體血小板注射是先抽病人自己約十毫升的血，離心後取出高濃度血小板，再打回受傷的部位。", "none", ""),
 ("研究證實PRP能有效加快組織癒合、減輕疼痛並改善關節功能。", "benefit", "vague citation of efficacy, unhedged"),
 ("因為用的是自己的血，PRP一般被認為相當安全，可能出現的是注射處短暫痠脹。", "none", "hedged (被認為); factual description of expected effects"),
 ("PRP通常要每月打一次、連續幾次，醫師會依狀況建議總次數。", "none", ""),
 ("自體PRP在復健與運動醫學界越來越受重視，已是很受歡迎的治療選擇。", "social_proof", "popularity (decision 12 of holdout2)"),
]),
("h4-zh-storm", "news", "https://new.storm.mg/articles/925251", [
 ("一位阿嬤被醫師告知自費六萬元打一針PRP膝蓋就會好，她半信半疑，決定先回家跟子女商量。", "none", "doctor's promise reported with distance (半信半疑)"),
 ("坊間常拿職棒投手用PRP治肩肘的例子來說服長輩，讓不少人心動。", "none", "news mentioning athlete use critically"),
 ("標榜「免開刀、打完當天就回家」的PRP注射，這幾年在各大醫院快速流行。", "none", "scare-quoted hype in a critical news piece"),
 ("PRP屬自費項目、健保不給付，一針行情大約一萬到兩萬元。", "none", "typical cost information"),
 ("有院所打出「第一針沒效、第二針免費」的殺價廣告，醫界批評亂象叢生。", "none", "ad quoted with refutation"),
 ("廣告詞：PRP膝關節注射，一針無感、二針不收費！", "promotion", "bare ad text extracted from news (holdout2 decision 1)"),
 ("五十歲以上的人，大約每四位就有一位受退化性關節炎所苦。", "none", ""),
 ("症狀輕的長輩多半先吃保健食品，嚴重的才會考慮換人工關節。", "none", ""),
 ("還有院所推出抽一百毫升血、一針收五萬元的「加量版」PRP，被質疑缺乏根據。", "none", "critical report of an offer"),
 ("院所廣告：高濃度加量PRP，抽血100cc，一針NT$50,000。", "promotion", "bare ad text extracted from news (holdout2 decision 1)"),
]),
("h4-zh-veritable", "news", "https://news.veritable.pw/zh/piece/20190625/taiwan_2", [
 ("化粧品衛生安全管理法上路後，化粧品標示或廣告宣稱醫療效能，最重可罰新台幣五百萬元。", "none", ""),
 ("以前常見的「促進頭髮新生」這類字眼，用在化粧品上已經屬於違規。", "none", "claim vocabulary in a regulatory explanation"),
 ("食藥署提醒，一般牙膏與漱口水也一併納入化粧品管理。", "none", ""),
]),
("h4-zh-lkk", "news", "https://l-kk.tw/knee-therapy/", [
 ("三十五歲、熱愛馬拉松與衝浪的阿傑，檢查後才發現膝關節軟骨已經磨損。", "none", ""),
 ("膝蓋痛追不上愛運動的心？幹細胞再生成為護膝新選擇", "none", "novelty headline without an efficacy claim (rule 8)"),
 ("醫師要他降低運動強度和頻率，以免年紀輕輕就得換人工膝關節。", "none", ""),
 ("教育部調查顯示，國人參與運動的比例超過八成，規律運動人口也首度突破三成五。", "none", ""),
 ("膝蓋開始退化卻還想繼續跑步、爬山的人，可以考慮幹細胞治療。", "suitability", ""),
]),
("h4-zh-taipei-1362", "authority", "https://laws.gov.taipei/law/LawDecision/ContentPrint?id=1362-052", [
 ("市府認定，診所網站以直播、限時套餐價招攬療程，已屬醫療廣告。", "none", ""),
 ("訴願人主張網頁只是介紹療程內容，市府則認為目的在招徠患者，駁回訴願。", "none", ""),
 ("「外泌體導入是非侵入性療程，無傷口、安全又沒有恢復期，做完馬上回到正常生活。」", "safety", "ad text quoted in a decision; product renamed to exosome"),
 ("光電購物節1+1！PRP嫩膚套餐二選一只要1111元，活動只到11/11。", "promotion", "ad text quoted in a decision; product renamed to PRP"),
 ("12/19晚間LIVE直播：人氣女神親臨，逆齡代表現身分享她的療程！", "social_proof", "ad text quoted in a decision; celebrity as proof"),
 ("PRP光療研究計畫開放100個名額，報名成功就GET！", "promotion", "ad text quoted in a decision; renamed to PRP; scarcity"),
 ("全台搶先引進外泌體雙波導入，體驗價1999／全臉。", "promotion", "ad text quoted in a decision; renamed to exosome"),
 ("廣告內容若無法積極證明為真，或沒有完整揭示醫療風險，就屬以不正當方式宣傳。", "none", ""),
]),
("h4-zh-taipei-1202", "authority", "https://laws.gov.taipei/law/LawDecision/LawDecisionSearchContent?CategoryID=1100&caseNo=1202-019", [
 ("【幹細胞瘦小臉】瘦臉指名度第一，讓您化身名模V臉。", "social_proof", "ad text quoted in a decision; renamed from botulinum toxin; popularity ranking"),
 ("金獎級醫療團隊親自為您服務。", "approval", "ad text quoted in a decision; award as proof"),
 ("幹細胞脂肪雕塑不會造成皮膚鬆垮或凹凸不平。", "safety", "ad text quoted in a decision; renamed to stem-cell fat sculpting"),
 ("自體脂肪幹細胞隆乳，給您最完美的比例。", "comparison", "ad text quoted in a decision; superlative"),
 ("衛生局認定廣告使用最高級用語、無法證明為真且未揭示風險，開罰五萬元。", "none", "authority refuting quoted hype"),
]),
("h4-zh-meilo", "news", "https://mip.meilo.cn/yy_health/0912003168f4fd06.html", [
 ("打過生長因子的人，如果沒有出現組織異常增生，一般不需要特地取出。", "none", ""),
 ("一旦生長因子過度刺激、長出贅生物，就得由外科醫師處理，而且取出過程相當複雜。", "none", ""),
 ("醫師建議想用生長因子保養的人以外用為主，避免注射後出現難以處理的反應。", "none", ""),
]),
("h4-zh-checkintoash", "news", "http://checkintoash.com/video/article/F0EE4E8Ohl.html", [
 ("醫師直言，生長因子不能注射在臉上，效果不好還可能惹出麻煩。", "none", ""),
 ("有人在注射好幾年甚至十幾年後，局部才冒出難以消退的異常腫脹。", "none", ""),
 ("有求美者為了切除增生組織前後開了六、七次刀，還是一再復發。", "none", ""),
]),
("h4-zh-ft1h6", "forum", "http://ft1h6ts90.pixnet.net/blog/post/273805798-%E9%9D%9C%E9%9B%BB%E9%99%A4%E6%B2%B9%E7%85%99%E6%A9%9F%E5%83%B9%E6%A0%BC-%E6%80%A5%21%21%E6%88%91%E8%A6%81%E5%AE%89%E8%A3%9D%E9%9D%9C%E9%9B%BB%E6%A9%9F~~%E8%AB%8B%E6%8E%A8/", [
 ("衛福部公告，醫療廣告不得再用「國內首例」、「一勞永逸」這類誇張字眼。", "none", "regulation quoting banned hype"),
 ("「完全根治」、「永不復發」等誇大療效的用語，今後一律禁用。", "none", "regulation quoting banned hype"),
 ("醫療廣告也不能出現藝人影像，或街上常見的術前術後對照圖。", "none", ""),
 ("業者不得用優惠、團購或贈送療程來促銷，違者可罰五萬到二十五萬元。", "none", ""),
 ("以文章形式刊登的廣告，必須完整寫出適應症、禁忌症與副作用等風險。", "none", ""),
]),
("h4-zh-lifeclinic", "clinic", "https://lifeclinic.com.hk/zh/combat-hair-loss-for-long-term-results-with-customized-medical-and-regenerative-treatments/", [
 ("和只能短期見效的生髮藥物相比，再生療法帶來的效果更持久。", "comparison", ""),
 ("想讓頭髮長期穩定再生，關鍵在找出掉髮根源，再配合個人化的頭髮再生療法。", "benefit", "seller's efficacy claim"),
 ("DHT和毛囊受體結合後會讓毛囊萎縮，引發男性或女性型禿髮。", "none", ""),
 ("產後雌激素突然下降，可能在短時間內大量落髮。", "none", ""),
 ("雄性禿、產後落髮或壓力型掉髮的朋友，都很適合我們的頭皮再生療程。", "suitability", ""),
 ("女性分線越來越寬、髮絲變細易斷，也適合來做個人化再生生髮。", "suitability", ""),
]),
("h4-zh-wenxuecity", "news", "https://zh.wenxuecity.com/news/2025/12/07/126439674.html", [
 ("調查發現，不少美容院、私立醫院和細胞公司都在替健康的人做幹細胞輸注。", "none", ""),
 ("骨科醫師說，門診常有人問能不能輸幹細胞，希望藉此「逆轉衰老」。", "none", "scare quotes"),
 ("截至目前，國內仍沒有任何獲准用於抗老的幹細胞產品或技術。", "none", ""),
 ("官方強調，美容院、養生館沒有醫療資格，不得從事任何幹細胞診療。", "none", ""),
 ("有不法業者宣稱「美容抗老、提升免疫，打一針幹細胞就搞定」，已經危害民眾健康與財產。", "none", "authority quoting hype to refute it"),
 ("一名業務員聲稱，公司有自己的實驗室和細胞庫，可在廠內完成製備與輸注。", "none", "distance: 聲稱"),
 ("一針動輒數十萬，真的能「續命」嗎？", "none", "critical headline"),
]),
("h4-zh-hjtdsm", "salon", "https://hjtdsm.com/sc/zhiliao/15518.html", [
 ("骨關節炎的主要病理變化包括軟骨破壞、滑膜發炎和骨頭重塑。", "none", ""),
 ("目前的止痛和消炎藥物只能緩解症狀，並不能根治骨關節炎。", "none", ""),
 ("間質幹細胞能自我更新並分化成軟骨細胞，可直接修復退化的關節。", "benefit", "mechanism as result on a supplier page"),
 ("幹細胞療法為骨關節炎患者帶來免開刀、重建軟骨的新希望。", "benefit", "supplier page, unhedged"),
 ("全球大約有一成到一成五的人口受骨關節炎困擾。", "none", ""),
]),
("h4-zh-housefun", "news", "https://news.housefun.com.tw/news/article/133873214046.html", [
 ("網紅診所無預警歇業後，消基會整理出避免醫美糾紛的八項提醒。", "none", ""),
 ("接受療程前，應詳讀衛福部公告的美容醫學處置同意書與說明書範本。", "none", ""),
 ("要確認院所有開業執照、醫師有執業執照，也看清楚醫師專科是否和療程相關。", "none", ""),
 ("別參加贈品、折扣、團購等招攬活動，以免遇上診所突然倒閉。", "none", "refers to promotions as a warning"),
 ("不要預付訂金或一次買斷整套療程，免得成為違法促銷的受害者。", "none", "refers to promotions as a warning"),
 ("已經刷卡預購的人，應儘快寄存證信函給發卡銀行，把款項列為爭議帳款。", "none", ""),
]),
("h4-zh-yam", "news", "https://n.yam.com/Article/20131107875351", [
 ("業者由不具醫療背景的「諮詢師」推銷，讓消費者一口氣刷了十幾萬元。", "none", ""),
 ("消保官提醒，要留意藥品標示的用法與效期，以及有沒有誇大療效的文字。", "none", ""),
]),
("h4-zh-marccmpt", "forum", "https://marccmpt.pixnet.net/blog/post/129852590", [
 ("消基會統計，美容醫學申訴以收費爭議最多，其次是術後後遺症。", "none", ""),
 ("有業者單堂標價兩千五、買十送二，消費者想退費時卻被改以單堂五千元計算。", "none", "offer reported critically"),
 ("買療程前一定要簽書面契約，寫清楚總價與單次價格，作為日後退費依據。", "none", ""),
 ("效果不如廣告說的好、術後出現傷害，都是醫美糾紛的常見原因。", "none", ""),
]),
("h4-zh-pulse899", "news", "https://www.pulse899.com/%e7%be%8e%e5%ae%b9%e6%a9%9f%e6%a7%8b%e8%bf%919%e6%88%90%e9%81%95%e8%a6%8f%e3%80%80%e6%b6%88%e9%98%b2%e8%a1%9b%e7%94%9f%e5%ae%89%e5%85%a8%e5%a0%aa%e6%85%ae", [
 ("消保處抽查十九家美容醫學機構，近九成在建管、消防或衛生管理上不合格。", "none", ""),
 ("有機構的觀察床竟然沒有安排護理人員照護。", "none", ""),
]),
("h4-zh-tanzi", "authority", "https://www.tanziphc.taichung.gov.tw/1819307/1819315/1819316/3894720", [
 ("買少送多要小心：贈品價值不得超過總費用兩成，退費時業者也不能要求返還。", "none", "consumer advice about promotions"),
 ("單次費用超過五萬元的美容契約，業者必須提供履約保證。", "none", ""),
 ("如果業者幫你辦第三方貸款，必須講清楚利息、期數和總金額。", "none", ""),
]),
("h4-zh-orientaldaily", "news", "https://www.orientaldaily.com.my/news/health/2016/10/03/164082", [
 ("臍帶血和臍帶膜裡的幹細胞，是所有幹細胞中功能最強大的。", "comparison", "uncritical; superlative ranking"),
 ("成人也能透過周邊血或骨髓儲存幹細胞，而且越早存，對自己的幫助越大。", "benefit", "uncritical cell-banking benefit"),
 ("糖尿病患者久久不癒的傷口，貼上含間質幹細胞的紗布，一到兩個月就能復原。", "benefit", "uncritical"),
 ("間質幹細胞也能修復因意外受傷的膝關節軟骨。", "benefit", "uncritical"),
 ("儲存幹細胞，就是替全家健康做最大的保障。", "benefit", "cell banking as protection (holdout2 precedent)"),
 ("臍帶血幹細胞配對容易、排斥機率低，是父母替孩子準備的最佳選擇。", "safety", "minimised rejection risk as advantage; comparison also applies"),
 ("臍帶血和臍帶膜只有寶寶出生那一刻能保存，錯過就沒有了。", "promotion", "scarcity push on an advertorial; uncertain"),
 ("不只新生兒，成年人同樣適合儲存自己的周邊血幹細胞。", "suitability", ""),
]),
("h4-zh-ohc2", "clinic", "https://www.ohc-cell.com/blog/page/2", [
 ("馬來西亞的幹細胞研究站在世界最前端，已是全球醫療旅遊的重鎮。", "comparison", "superlative ranking (最前端)"),
 ("在歐美打一次幹細胞點滴要價上千萬日圓，到馬來西亞只要一半左右，而且一樣安全。", "comparison", "comparative safety and price (rule 5)"),
 ("每年有上百萬人從亞洲、中東和歐洲專程前往接受治療。", "social_proof", "patient counts"),
 ("想維持健康、皮膚再生、改善關節或抗老的客人，都可以考慮馬來西亞的幹細胞療程。", "suitability", ""),
 ("馬來西亞的研究機構和亞洲、歐美大學合作，共同推動再生醫療研究。", "none", ""),
 ("OHC專門替日本與台灣客人規劃赴馬幹細胞療程，歡迎洽詢。", "promotion", "broker's contact call"),
]),
("h4-zh-ohc1", "clinic", "https://www.ohc-cell.com/blog", [
 ("一位知名搖滾歌手因嚴重乾癬和掉髮暫停演藝活動，後來在朋友推薦下接受幹細胞治療。", "none", "neutral celebrity history (holdout2 decision 10)"),
 ("幹細胞局部注射搭配點滴一個月後，皮膚明顯好轉，三個月症狀幾乎消失，頭髮也長回來了。", "benefit", "testimonial with specific outcome"),
 ("這位天王級藝人親身見證，讓幹細胞療法在日本一夕爆紅。", "social_proof", "celebrity and popularity"),
 ("幹細胞點滴能讓幹細胞來源的成分循環全身，提升免疫力與恢復力。", "benefit", ""),
]),
("h4-zh-guaiguai", "news", "http://m.guaiguai.com/0z1/43993_3.html", [
 ("自存臍帶血要先自費做身體檢查，合格後才能簽儲存協議。", "none", ""),
 ("採集後必須在二十四小時內送到血庫，大約兩個月才會確認是否符合入庫標準。", "none", ""),
 ("費用大致是採集製備費新台幣兩萬多元，加上每年數千元保管費，首約多為二十年。", "none", "typical cost information"),
 ("如果檢驗不合格，血庫會扣掉部分檢測費，再退還其餘款項。", "none", ""),
]),
("h4-zh-champimom", "news", "https://www.champimom.com/2018/03/08/%E6%8D%90%E6%88%96%E5%84%B2%E8%87%8D%E5%B8%B6%E8%A1%80-%E4%BF%9D%E9%9A%9Cbb%E7%9A%84%E6%9C%AA%E4%BE%86", [
 ("公營臍帶血庫以匿名方式保存捐贈的臍帶血，捐贈者本身並沒有優先使用權。", "none", ""),
 ("醫界對臍帶血幹細胞的許多應用仍有爭論，不少還在臨床試驗階段，效果有待確認。", "none", "hedged"),
 ("臍帶血含有豐富的造血幹細胞，能分化成紅血球、白血球和血小板。", "none", "neutral biology"),
 ("捐血大家聽得多，其實臍帶血也可以捐。", "none", ""),
]),
("h4-zh-haoyun", "clinic", "http://www.haoyunwuyou.com/bk/view-kvp4z8.html", [
 ("臍帶血儲存，是一份關乎孩子未來的生命保險。", "benefit", "cell banking as protection (holdout2 precedent)"),
 ("氣相液氮儲存雖然貴一成多，但細胞活性保存率比傳統液相更高，可達九成五以上。", "comparison", "superiority over alternative, no data"),
 ("一次付清二十年儲存費享七折，平均每年不到三千元。", "promotion", ""),
 ("新生兒臍帶血自存率五年內成長三倍，越來越多家庭選擇儲存。", "social_proof", "popularity"),
 ("儲存報價從數萬到十幾萬元不等，差異主要來自技術標準與儲存年限。", "none", "cost information"),
 ("合作大醫院的血庫採用更嚴格的醫療級操作標準，品質更有保障。", "approval", "standard used as proof of quality; uncertain"),
]),
("h4-zh-jmbon", "news", "https://m.jmbon.com/question/62741", [
 ("自存臍帶血花費高，真正用到的機會很少，性價比並不高。", "none", ""),
 ("真的需要移植時，多半還是得到公共血庫重新配型，因此捐出去更有意義。", "none", ""),
]),
("h4-zh-gohaveababy", "news", "http://gohaveababy.com/Article/如何保存臍帶血.shtml", [
 ("想幫孩子存臍帶血，最好在懷孕二十八週左右就和血庫聯絡簽約。", "none", ""),
 ("入庫前會檢驗B肝、C肝、梅毒與愛滋等項目，有問題一般就不予保存。", "none", ""),
 ("分期繳費若逾期未繳，可能被視為自願把臍帶血捐給血庫。", "none", ""),
]),
("h4-zh-shicheng", "news", "https://www.shicheng.news/zh-hant/v/qNpLR", [
 ("新加坡規定，不論是否具侵入性，美容程序都只能在註冊診所由持照醫師執行。", "none", ""),
 ("有人在組屋家中非法經營醫美，還在電商平台用低價招攬客人。", "none", ""),
 ("一名無照業者替客人切除唇部皮膚收費七百新元，最後被判入獄一週。", "none", ""),
]),
("h4-zh-pressmega", "news", "https://pressmega.com/%E9%86%AB%E7%BE%8E%E9%9D%9C%E8%84%88%E6%B3%A8%E5%B0%84%E6%A9%9F%E6%A7%8B%E6%B6%89%E5%AB%8C%E9%81%95%E6%B3%95%EF%BC%8C%E8%AA%BF%E6%9F%A5%E5%B1%95%E9%96%8B%E3%80%82/", [
 ("有美容院聲稱由「專業吊針人員」幫客人打點滴，而不是由註冊醫生負責。", "none", "distance: 聲稱"),
 ("依香港衛生署規定，注射程序應由註冊醫生執行，否則可能觸法。", "none", ""),
]),
("h4-zh-jiankang1", "news", "https://jiankang1.com/procedures/p1010.html", [
 ("吸血鬼拉提不用動刀，就能讓臉部皮膚重新恢復活力。", "benefit", ""),
 ("比較療程前後的照片，您會立刻看出明顯差別。", "benefit", "result claim"),
 ("PRP號稱能促進新皮膚細胞生成，並刺激膠原蛋白和彈性蛋白增加。", "none", "distance: 號稱"),
 ("PRP拉提可能有助於提亮膚色、修飾輪廓並淡化痘疤。", "none", "hedged (可能)"),
 ("離心機會把血液分成血小板與血漿、白血球和紅血球幾層。", "none", ""),
 ("想回春又不想動拉皮手術的人，可以考慮PRP拉提。", "suitability", ""),
]),
("h4-zh-daily8", "news", "https://www.daily8.com/en/article/d58b2b087f5ee1911f9289a20951a73a", [
 ("執行長表示，他們是國內第一家、也是唯一取得間質幹細胞臨床使用豁免許可的公司。", "approval", "uncritical; license and exclusivity as proof"),
 ("他說，沒有這項治療病童存活機會幾乎是零，用了我們的幹細胞，一年存活率是百分之百。", "benefit", "uncritical seller quote"),
 ("間質幹細胞不但不會引起交叉反應，反而能拿來治療排斥。", "safety", "absolute safety term"),
 ("馬來西亞是全球少數核准間質幹細胞治療的國家，本公司更是少數獲准業者之一。", "approval", "registration used as endorsement"),
 ("他們也用幹細胞治療中風、心衰竭、糖尿病、乾癬和黃斑部病變。", "benefit", "indication list in seller's talk (holdout2 decision 4)"),
 ("執行長形容，幹細胞像調解員，能讓身體和移植器官「別再打架、互相幫忙」。", "benefit", "metaphor asserting an effect"),
 ("移植後出現排斥反應的白血病病童，正是這項幹細胞治療的對象。", "suitability", "seller talk at a med-spa event"),
]),
("h4-zh-mxatvqo", "clinic", "http://www.mxatvqo.cn/knowl/116950.html", [
 ("幹細胞強化脂肪隆乳傷口小、負擔輕，幾乎看不出切口。", "safety", "minimisation as selling point; renamed to stem-cell-enriched fat grafting"),
 ("和切口大、恢復期長的義乳手術相比，幹細胞脂肪隆乳恢復快得多。", "comparison", "renamed"),
 ("這種隆乳方式安全性高、幾乎沒有併發症，可以說安全可靠。", "safety", ""),
 ("抽脂的同時還能順便雕塑身形，一舉兩得。", "benefit", ""),
 ("術後不必長期按摩，也不用擔心日後要更換，完全沒有額外負擔。", "safety", "minimisation as selling point"),
]),
("h4-zh-jibing", "news", "https://jibing.lookup.tw/article/211243.htm", [
 ("乳房有發炎、異常腫塊或腋下淋巴結腫大的人，不適合做脂肪注射隆乳。", "none", "contraindication"),
 ("注入的脂肪約有三到五成會被身體吸收，通常要分三次以上才看得出效果。", "none", "bounded expectation"),
 ("懷孕或哺乳期、蟹足腫體質，以及對效果期待不切實際的人，也列為禁忌。", "none", "contraindication"),
]),
("h4-zh-healthhy5", "news", "http://www.healthhy5.com/%e5%81%a5%e5%ba%b7%e9%86%ab%e7%99%82/%e7%b4%b0%e8%83%9e%e6%b2%bb%e7%99%82%e6%b2%bb%e4%bb%80%e9%ba%bc%ef%bc%9f%e5%8e%bb%e5%93%aa%e6%b2%bb%ef%bc%9f%e4%b8%80%e6%ac%a1%e5%9b%9e%e7%ad%94-3-%e9%bb%9e%e6%b0%91%e7%9c%be%e6%9c%80%e6%83%b3/", [
 ("2018年自體細胞療法解禁後，醫事司的角色從踩煞車變成推動新療法。", "none", ""),
 ("過去的療法只能延緩膝關節退化，細胞治療卻能讓身體長出新軟骨，真正逆轉病情。", "benefit", "comparison also applies; benefit wins"),
 ("特管辦法開放了六類細胞治療，包括自體免疫細胞治療癌症與自體軟骨細胞修補膝軟骨缺損。", "none", "plain regulatory statement"),
 ("醫事司鼓勵由醫院綜合評估病人狀況後，再決定是否提供細胞治療這個選項。", "none", ""),
]),
("h4-zh-healthforall", "news", "https://healthforall.com.tw/?action=article_in&id=5907", [
 ("細胞治療適用於第二、三期退化性關節炎，可以讓關節軟骨細胞再生。", "benefit", "suitability also applies; benefit wins"),
 ("細胞治療價格偏高，也不是拯救膝關節的唯一選擇。", "none", ""),
 ("細胞治療有「提升自我修復力、天然的尚好」的優點，是人工關節難以取代的。", "comparison", ""),
 ("如果軟骨損傷範圍在兩公分見方以內，就歸類為軟骨缺損，適用的細胞治療方式也不同。", "none", ""),
 ("六十歲以上女性罹患退化性關節炎的比例，大約是男性的兩倍。", "none", ""),
 ("第二、三期退化、還不到換關節程度的人，是幹細胞注射的主要對象。", "suitability", ""),
]),
("h4-zh-lifetw", "news", "https://m.life.tw/?app=view&no=1245599", [
 ("衛福部特管辦法新制將開放異體細胞治療，對國內患者可說是一大福音！", "none", "enthusiastic news framing without an efficacy claim; uncertain"),
 ("過去沒有規範時，許多病人只能花大錢、舟車勞頓到國外做細胞治療。", "none", ""),
 ("只要選擇通過衛福部審查的正規醫院，患者就能自費接受安全的細胞治療。", "approval", "approval as safety assurance (rule 6)"),
 ("衛福部開放的，都是安全性與成效可以預期的細胞治療項目。", "approval", "approval presented as proof of safety and efficacy; uncritical"),
]),
("h4-zh-biyolab", "forum", "https://biyo-kagakulab.com/2025/11/28/%e5%b9%b9%e7%b4%b0%e8%83%9e%e3%82%b3%e3%82%b9%e3%83%a1%e3%81%af%e3%80%8c%e6%84%8f%e5%91%b3%e3%81%aa%e3%81%84%e3%80%8d%e3%81%ae%e3%81%8b%ef%bc%9f%e5%86%8d%e7%94%9f%e5%8c%bb%e7%99%82%e3%81%ae%e5%b0%82", [
 ("幹細胞保養品真的沒用嗎？先說結論：它有經過科學證實的確切效果。", "benefit", ""),
 ("各種來源的培養液裡，人類來源的效果最強。", "comparison", ""),
 ("多項臨床研究已經證明，適當濃度的培養液能讓皺紋深度和肌膚彈性顯著改善。", "benefit", "vague citation of efficacy"),
 ("保養品裡並沒有活的幹細胞，裝的是培養細胞後留下的上清液。", "none", ""),
 ("「讓肌膚找回原本的力量」、「從細胞層次回春」這類標語，讓不少人懷疑是誇大廣告。", "none", "hype quoted as doubted"),
 ("連續使用後皺紋平均減少15%，效果看得見。", "benefit", "number without limits"),
]),
("h4-zh-soispret", "salon", "https://soispret.jp/shop/information/stemcell", [
 ("化粧品裡加的是去除細胞後的培養上清液，並不是醫療用的活幹細胞。", "none", ""),
 ("只要選擇重視安全的配方，就可以放心把幹細胞保養加入日常。", "safety", "unqualified reassurance on a shop page"),
 ("上清液富含生長因子、細胞激素和外泌體，能撐起肌膚的彈潤與保濕。", "benefit", ""),
 ("會對幹細胞保養感到不安，多半是把醫療的幹細胞治療和化粧品搞混了。", "none", ""),
 ("請放心，保養品用的幹細胞成分不含細胞本身，沒有安全上的顧慮。", "safety", "reassurance on a shop page"),
]),
("h4-zh-infzm", "news", "https://www.infzm.com/contents/207508", [
 ("目前沒有任何一款美容注射用的幹細胞產品獲准上市，食品和化粧品裡更不可能有活的幹細胞。", "none", ""),
 ("專家不建議健康的人靠回輸幹細胞抗老或提升抵抗力，沒有明確好處，反而多一分風險。", "none", ""),
 ("一名女士聽信美容院打了「幹細胞填充」，一年後眉間卻冒出兩條長長的腫塊。", "none", ""),
 ("醫師每個月要看十幾位打了不明「幹細胞」、「外泌體」後臉上長結節的求美者。", "none", ""),
 ("比起玻尿酸，幹細胞科技感更強、溢價更高，也更方便拿來說故事。", "none", "critical comment on marketing"),
]),
("h4-zh-chinasei", "news", "http://www.chinasei.com.cn/cyzx/202603/t20260316_80473.html", [
 ("晚會揭露，外泌體在作用機理和臨床測試上的效用都還不明確。", "none", ""),
 ("被點名的醫美機構，把沒有核准、沒有療效數據的外泌體包裝成「包治百病」的神藥。", "none", "news quoting hype to refute it"),
 ("有消費者反映，機構宣稱只靠簡單的表皮操作，就能達到細胞級抗老。", "none", "distance: 宣稱"),
 ("節目播出後，被點名的機構已遭團購與醫美平台下架。", "none", ""),
]),
("h4-zh-scholarmate", "journal", "https://scholarmate.com/S/8mKvJd", [
 ("間質幹細胞源自中胚層，在特定條件下可分化為骨、軟骨、脂肪、肌肉等多種細胞。", "none", "neutral biology (abstract)"),
]),
("h4-zh-thesundaily", "news", "https://www.thesundaily.my/local/taiwan-hospital-wants-to-establish-stem-cell-centre-in-malaysia-JF1070964", [
 ("花蓮一家醫院希望和馬來西亞醫院合作，設立幹細胞專科中心。", "none", ""),
 ("院方說，這種高科技再生療法已證實能有效緩解部分重大疾病。", "benefit", "reported speech without distance; uncritical"),
 ("我們可以安排病人來台灣接受這項治療，並提供不錯的費用補助。", "promotion", "hospital's offer, paraphrased in its voice"),
 ("尤其是血液相關癌症的馬來西亞病人，可以考慮來台灣接受再生治療。", "suitability", ""),
 ("不過要建立幹細胞庫並不容易，需要設備和專家，只能一步一步來。", "none", ""),
]),
("h4-zh-tipmine", "news", "https://tipmine.com/tips/stem-cell-therapy-in-malaysia-pioneering-innovations-in-healthcare?page=50", [
 ("幹細胞療法已成為革命性的治療方式，替各種退化性疾病和傷害帶來希望。", "benefit", "'revolutionary'"),
 ("當地診所用幹細胞治療關節損傷、退化性關節炎和肌腱傷害，促進癒合與組織再生。", "benefit", "uncritical"),
 ("中風、多發性硬化症和帕金森氏症，目前仍在研究能否用幹細胞治療。", "none", "research stage"),
 ("幹細胞可分為取自早期胚胎的胚胎幹細胞，以及存在骨髓和脂肪裡的成體幹細胞。", "none", "neutral biology"),
]),
("h4-zh-medmethod", "clinic", "https://medical-method.net/point/", [
 ("異體幹細胞的效果比自體更好，捐贈者越年輕，效果越高。", "comparison", ""),
 ("臍帶華通氏膠幹細胞倍增速度快，是最理想的細胞來源。", "comparison", "superlative"),
 ("日本國內不能做異體幹細胞點滴，只開放培養上清液和外泌體點滴。", "none", "plain regulatory statement"),
 ("馬來西亞規定幹細胞治療要向衛生部登記並提交年報，由登記專科醫師執行，安全有保障。", "approval", "regulation as reassurance (rule 6)"),
 ("馬來西亞允許異體幹細胞點滴，是最適合接受治療的國家。", "comparison", "superlative ranking"),
 ("臍帶幹細胞不需要外科手術採集，對捐贈者幾乎沒有負擔。", "safety", "minimisation as selling point on a broker page; uncertain"),
]),
("h4-zh-kirjp", "forum", "http://kir013857.kir.jp/qinfo/komatu/archive/110415_komatu.html", [
 ("這家醫院把幹細胞用來補強免疫功能、提高身體的自癒力。", "benefit", "uncritical blog"),
 ("同行的A小姐是這裡幹細胞療程的常客，哪裡有口碑好的治療她都會飛去。", "social_proof", "repeat customer as proof"),
 ("醫師笑說剩下的幹細胞剛好幫我打在臉上，可以預防老化。", "benefit", "doctor's claim reported without distance"),
]),
("h4-zh-fun01", "news", "https://piwik.fun01.cc/post/449875", [
 ("「打一針救膝蓋退化」、「免開刀一針搞定」，看到這種標題你心動了嗎？", "none", "hype quoted in order to question it"),
 ("PRP也許有幫助，但絕對不是萬靈丹。", "none", "negation"),
 ("類風濕性和痛風性關節炎，目前並不建議打PRP。", "none", ""),
 ("注射PRP要做好無菌措施，不建議在一般診間施打，以降低感染風險。", "none", ""),
 ("骨刺明顯、關節已經內翻變形的嚴重退化，打PRP也沒有效。", "none", ""),
]),
("h4-zh-chinatimes", "news", "https://www.chinatimes.com/realtimenews/20240822003098-260418", [
 ("這項軟骨修復技術已獲東南亞多國引進臨床使用。", "social_proof", "adoption as proof"),
 ("多位受惠病友親自出席記者會，現身見證治療成果。", "social_proof", "testimonials as proof, no specific outcome"),
 ("術後一年，軟骨缺損部位完全再生的比例高達97%。", "benefit", "figure without limits (holdout2 decision 5); device is approved"),
 ("國內膝關節退化盛行率約15%，大約三百五十萬人受膝痛困擾。", "none", ""),
 ("一位前排球國手雙膝軟骨幾乎磨光，治療後不但繼續當教練，還重回球場比賽。", "benefit", "testimonial with specific outcome"),
 ("取得衛福部醫材許可，團隊還拿到國家品質標章，安全有效有保障。", "approval", ""),
]),
("h4-zh-whitevehicle", "news", "https://whitevehicle.jp/2024/03/20/%e5%b9%b9%e7%b4%b0%e8%83%9e%e6%b2%bb%e7%99%82%e3%82%92%e8%a1%8c%e3%81%86%e3%82%af%e3%83%aa%e3%83%8b%e3%83%83%e3%82%af%e3%81%ae%e8%a6%96%e5%af%9f%e3%82%92%e8%a1%8c%e3%81%84%e3%81%be%e3%81%97%e3%81%9f", [
 ("幹細胞治療是從病人腹部取少量脂肪，培養到規定數量後，再以點滴或局部注射打回去。", "none", "procedure description"),
 ("標準治療加上幹細胞治療好處很多，不是「變漂亮、變有精神」那種模糊說法，而是有實證支撐。", "benefit", "vague appeal to evidence for benefit"),
 ("這家診所每月可治療數十位病人，也正準備迎接海外客人。", "social_proof", "patient counts"),
 ("這家診所已取得帕金森氏症與疼痛緩和的幹細胞治療許可，值得信賴。", "approval", "permit used as proof"),
]),
("h4-zh-xoxii", "salon", "https://www.xoxii.com/column/2017/01/stemcellrank.html", [
 ("那些推薦幹細胞保養品的排行網站，別輕易相信。", "none", ""),
 ("不管植物或人類來源，幹細胞保養品裡都沒有再生醫療說的幹細胞本身。", "none", "negation"),
]),
("h4-zh-nowh", "news", "https://www.nowh.media/articles/stem-cell-cosmetics-human-plant-regulations", [
 ("依法規，化粧品只作用在角質層，而角質層厚度大約只有0.02毫米。", "none", ""),
 ("人類幹細胞培養成分在試管中可能促進膠原蛋白生成，但嚴謹的大型人體試驗仍然有限。", "none", "hedged"),
]),
]

# Written batches: (group, source, [(text, label, note), ...])
WRITTEN = [
("h4-zh-w01", "written", [
 ("恢復期：幾乎為零，午休時間做完就能回公司。", "safety", ""),
 ("外泌體導入｜無針孔・無傷口・無恢復期", "safety", "table row"),
 ("院長強調，這套自體PRP療程開業至今從未發生任何副作用。", "safety", "reported speech in the clinic's voice"),
 ("用的是您自己的脂肪幹細胞，身體不會排斥，當然安全。", "safety", "own cells, so safe"),
 ("打完頂多微紅半天，隔天上妝完全看不出來！", "safety", "minimal downtime"),
 ("很多人問會不會痛、會不會有後遺症？答案是：不會。", "safety", ""),
 ("業界最安全的幹細胞點滴方案，全程醫師監控。", "safety", "superlative safety stays safety"),
 ("PRP生髮→零藥物、零副作用、零依賴", "safety", "arrow form"),
 ("根據上百篇研究，外泌體已被證實安全無虞。", "safety", "vague appeal to research for safety"),
 ("只要在合格診所施打，外泌體就和保養品一樣溫和、沒有風險。", "safety", "approval plus absolute term (rule 6)"),
 ("\"自體PRP＝100%天然\"，孕後媽咪也能放心做。", "safety", "natural, so safe; stray quotes kept"),
]),
("h4-zh-w02", "written", [
 ("本院細胞製備中心通過GTP查核，每一管細胞品質都有保證。", "approval", ""),
 ("外泌體原液經SGS檢驗並取得國際專利，品質看得見。", "approval", ""),
 ("衛福部核可登記的再生醫療機構，您可以安心交給我們。", "approval", "approval as reassurance"),
 ("韓國登錄、歐盟CE認證雙重把關的外泌體精華。", "approval", "foreign registration as endorsement"),
 ("主治醫師為國際再生醫學會會員，並擁有醫學博士學位。", "approval", "credentials"),
 ("研究成果登上國際權威期刊封面，實力有目共睹。", "approval", ""),
 ("我們的PRP離心系統取得美國FDA 510(k)許可，療效與安全雙重保障。", "approval", "device clearance used as proof of efficacy"),
 ("雖然外泌體療程還沒有衛福部核准，但這不代表它不安全。", "approval", "spin on non-approval (rule 7)"),
 ("榮獲2025亞洲醫美大獎「年度最佳再生療程」。", "approval", "award"),
 ("每批外泌體都附第三方實驗室檢測報告，顆粒數和純度一目了然。", "approval", "third-party lab test"),
 ("人體試驗委員會（IRB）審查通過，合法又安心。", "approval", "ethics approval as reassurance"),
 ("本療程已向日本厚生勞動省提交再生醫療計畫並完成登記，台灣客人赴日也能放心。", "approval", "foreign registration as endorsement"),
]),
("h4-zh-w03", "written", [
 ("適合對象：熬夜族、產後媽媽、40+初老肌", "suitability", ""),
 ("如果你已經試過玻尿酸和復健都沒改善，幹細胞注射就是為你準備的。", "suitability", "conditional"),
 ("不論乾肌、油肌或敏感肌，外泌體導入都適用。", "suitability", "all skin types"),
 ("特別推薦給想保養卻怕痛、怕打針的男性上班族。", "suitability", ""),
 ("五十歲以上、膝蓋開始卡卡的長輩，很適合來評估PRP關節療程。", "suitability", ""),
 ("專為雄性禿初期、髮際線後退的年輕族群設計。", "suitability", ""),
 ("想在婚禮前把膚況調到最好？這套外泌體療程正適合準新娘。", "suitability", ""),
 ("運動員、健身族和馬拉松跑者，都是PRP膝關節注射的理想人選。", "suitability", ""),
 ("痘疤、毛孔粗大、膚色不均的人，都可以接受外泌體修護療程。", "suitability", ""),
 ("不分年齡、性別，每個想凍齡的人都能做幹細胞點滴。", "suitability", ""),
 ("長期久站的櫃姐、老師、護理師，膝蓋痠痛都可以考慮PRP。", "suitability", ""),
 ("給還在猶豫的你：25歲以上就可以開始預防性的細胞保養。", "suitability", ""),
]),
("h4-zh-w04", "written", [
 ("外泌體全臉導入　首次體驗價NT$3,990（原價NT$12,000）", "promotion", "price line"),
 ("PRP生髮6堂 $42,000 → 加贈頭皮檢測1次", "promotion", ""),
 ("本月限量20名，額滿為止，立即私訊小編預約！", "promotion", "scarcity and CTA"),
 ("加入LINE好友，領幹細胞療程折價券NT$2,000。", "promotion", ""),
 ("免費諮詢專線 0800-000-000（週一至週六 10:00–21:00）", "promotion", "contact line"),
 ("療程費用可刷卡分12期0利率，輕鬆負擔。", "promotion", "instalment plan"),
 ("訂金NT$5,000，可改期一次，逾期恕不退費。", "promotion", "booking terms"),
 ("姊妹同行，第二人半價！", "promotion", ""),
 ("VIP年度會員：外泌體點滴每月一次，年費NT$180,000。", "promotion", "membership"),
 ("效果不滿意，第二次療程免費補打。", "promotion", "guarantee offer (rule 11)"),
 ("週年慶預購三堂PRP，再送一瓶外泌體精華。", "promotion", ""),
 ("📍台中七期旗艦館　現場預約享早鳥優惠", "promotion", ""),
]),
("h4-zh-w05", "written", [
 ("已累積超過8,000人次施打，回購率高達九成。", "social_proof", ""),
 ("Google地圖平均4.9分、近兩千則真實評價。", "social_proof", "rating"),
 ("很多演藝圈姊姊私下都在做的凍齡秘密。", "social_proof", "celebrities"),
 ("人氣YouTuber拍片實測，影片上架一週就破百萬觀看。", "social_proof", "influencer"),
 ("連國手級選手都指定的PRP運動傷害療程。", "social_proof", "athletes"),
 ("全台最多醫美診所採用的外泌體品牌。", "social_proof", "popularity ranking"),
 ("網友票選2025年最想嘗試的再生療程第一名。", "social_proof", ""),
 ("已經是第四次回訪了，每次來都覺得很值得。", "social_proof", "testimonial without a specific outcome (holdout2 decision 9)"),
 ("Dcard和小紅書上討論度最高的外泌體療程就在這裡。", "social_proof", ""),
 ("超過三百位醫師推薦使用的臍帶幹細胞保養品。", "social_proof", "experts as proof"),
 ("門診天天預約滿檔，想做要提早兩週排隊。", "social_proof", "popularity; scarcity also applies"),
]),
("h4-zh-w06", "written", [
 ("效果比玻尿酸持久，又比肉毒自然。", "comparison", ""),
 ("外泌體直接對細胞下指令，作用速度遠遠甩開PRP。", "comparison", ""),
 ("比起傳統換膚，外泌體療程更溫和也更有效。", "comparison", ""),
 ("臍帶幹細胞 vs 脂肪幹細胞：活性更高、增殖更快，勝出！", "comparison", "table-row form"),
 ("唯一能真正取代人工關節置換的再生療法。", "comparison", "replacement claim"),
 ("醫界公認的再生醫學黃金標準。", "comparison", ""),
 ("研究顯示，PRP生髮成效優於米諾地爾。", "comparison", "vague citation (rule 9)"),
 ("與其每半年補一次玻尿酸，不如選擇效果更長久的PRP。", "comparison", ""),
]),
("h4-zh-h01", "handout-style", [
 ("接受任何外泌體療程前，先問醫師這項產品是否已獲核准用於這個用途。", "none", "handout advice"),
 ("「沒有副作用」是廣告用語，不是醫學結論；打進身體的東西都有風險。", "none", "refutation"),
 ("PRP一次費用常在一到三萬元之間，通常不在健保給付範圍，可先問清楚總共要打幾次。", "none", "typical cost information"),
 ("如果業者要求一次付清整套療程，請先確認退費條件，並保留書面契約。", "none", "handout advice"),
 ("與其自掏腰包試未經證實的療法，不如問問有沒有已登記、正在招募的臨床試驗可以參加。", "none", "advice comparing ways of taking part (rule 9)"),
]),
]


def norm_key(t):
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t.casefold()


def norm_alnum(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())


def host_of(url):
    return (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")


def main():
    errors = []
    used_hosts = {l.strip().lower().removeprefix("www.") for l in open(USED_HOSTS, encoding="utf-8") if l.strip()}
    used_origins = {l.strip() for l in open(USED_ORIGINS, encoding="utf-8") if l.strip()}

    records = []
    n = 0

    def add(group, source, origin, items):
        nonlocal n
        for text, label, note in items:
            n += 1
            records.append({"id": f"h4-zh-TW-{n:04d}", "text": text, "label": label,
                            "lang": "zh-TW", "source": source, "group": group,
                            "origin": origin, "note": note})

    for group, source, origin, items in PAGES:
        add(group, source, origin, items)
    for group, source, items in WRITTEN:
        if not 4 <= len(items) <= 14:
            errors.append(f"written batch size {group}: {len(items)}")
        add(group, source, "", items)

    # --- record-level checks
    for r in records:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t or not t.strip():
            errors.append(f"text length/newline: {r['id']}")
        if r["label"] not in LABELS:
            errors.append(f"label: {r['id']}")
        if r["source"] not in SOURCES:
            errors.append(f"source: {r['id']}")
        if not r["group"].startswith("h4-zh-"):
            errors.append(f"group prefix: {r['id']}")
        if r["source"] in ("written", "handout-style"):
            if r["origin"]:
                errors.append(f"written with origin: {r['id']}")
        else:
            if not r["origin"]:
                errors.append(f"page record without origin: {r['id']}")

    # --- origins: host rule, used origins, one origin -> one group, one group -> one origin/source
    o2g = defaultdict(set)
    g2o = defaultdict(set)
    g2s = defaultdict(set)
    for r in records:
        g2s[r["group"]].add(r["source"])
        g2o[r["group"]].add(r["origin"])
        if r["origin"]:
            o2g[r["origin"]].add(r["group"])
    for o, gs in o2g.items():
        h = host_of(o)
        parts = h.split(".")
        parent_used = any(".".join(parts[i:]) in used_hosts for i in range(1, len(parts) - 1))
        if not h:
            errors.append(f"no host: {o}")
        if h in used_hosts:
            errors.append(f"used host: {h}")
        if parent_used:
            errors.append(f"sub-domain of a used host: {h}")
        if o in used_origins or o.rstrip("/") in used_origins:
            errors.append(f"used origin: {o}")
        if len(gs) != 1:
            errors.append(f"origin in several groups: {o}")
    for g in g2o:
        if len(g2o[g]) != 1 or len(g2s[g]) != 1:
            errors.append(f"group mixes origins/sources: {g}")

    # --- uniqueness within this file
    seen = {}
    for r in records:
        k = norm_key(r["text"])
        if k in seen:
            errors.append(f"duplicate text: {seen[k]} {r['id']}")
        seen[k] = r["id"]

    # --- near-duplicates within this file
    mine = [(r["id"], norm_alnum(r["text"]), r["text"]) for r in records]
    for i in range(len(mine)):
        a = mine[i][1]
        for j in range(i + 1, len(mine)):
            b = mine[j][1]
            sm = difflib.SequenceMatcher(None, a, b)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                errors.append(f"near-duplicate within set: {mine[i][0]} {mine[j][0]}")

    # --- near-duplicates against every other zh-TW jsonl under bench/claims (texts never printed)
    others = []
    files = []
    for path in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        if os.path.abspath(path).startswith(HERE + os.sep):
            continue  # holdout4 itself (incl. another helper's files) is never read
        if "zh" not in os.path.relpath(path, CLAIMS):
            continue
        files.append(os.path.relpath(path, CLAIMS))
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if rec.get("lang", "zh-TW") != "zh-TW":
                    continue
                others.append((norm_key(rec.get("text", "")), norm_alnum(rec.get("text", ""))))
    other_keys = {k for k, _ in others}
    other_alnum = list({a for _, a in others if a})
    hits = []
    for rid, a, text in mine:
        if norm_key(text) in other_keys:
            hits.append((rid, text, "exact"))
            continue
        for b in other_alnum:
            sm = difflib.SequenceMatcher(None, a, b)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                hits.append((rid, text, "near"))
                break
    for rid, text, kind in hits:
        errors.append(f"{kind}-duplicate of another corpus sentence: {rid} | own text: {text}")

    # --- composition
    labels = Counter(r["label"] for r in records)
    sources = Counter(r["source"] for r in records)
    total = len(records)
    written = sources["written"] + sources["handout-style"]
    if total < 280:
        errors.append(f"total {total} < 280")
    for lab in LABELS[:-1]:
        if labels[lab] < 20:
            errors.append(f"label {lab}: {labels[lab]} < 20")
    share_none = labels["none"] / total
    if not 0.40 <= share_none <= 0.50:
        errors.append(f"none share {share_none:.3f} outside 40-50 %")
    if written / total > 0.25:
        errors.append(f"written share {written / total:.3f} > 25 %")

    print(f"compared against {len(other_alnum)} distinct zh-TW sentences in {len(files)} files: {', '.join(files)}")
    print(f"records {total}; groups {len(g2o)}; pages {len(o2g)}")
    print("labels:", ", ".join(f"{l} {labels[l]}" for l in LABELS), f"(none {share_none:.1%})")
    print("sources:", ", ".join(f"{s} {c}" for s, c in sorted(sources.items())), f"(written+handout {written / total:.1%})")
    pl = Counter(r["label"] for r in records if r["source"] not in ("written", "handout-style"))
    print("page-derived labels:", ", ".join(f"{l} {pl[l]}" for l in LABELS))
    ps = defaultdict(set)
    for r in records:
        if r["origin"]:
            ps[r["source"]].add(r["origin"])
    print("pages by source:", ", ".join(f"{s} {len(v)}" for s, v in sorted(ps.items())))
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"all checks passed; wrote {OUT}")


if __name__ == "__main__":
    main()
