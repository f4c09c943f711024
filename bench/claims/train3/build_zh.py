"""Build bench/claims/train3/zh-TW.jsonl (third training batch, zh-TW, host side "train").
Records are data below; the checks run before anything is written. Prints only counts, ids and own texts."""
# (group, source, origin, [(text, label, note), ...])
PAGES = [
("t3-zh-cts", "news", "https://news.cts.com.tw/cts/general/200205/200205210081785.html", [
 ("有旅行社專門組團帶台灣民眾飛到日本打胎盤素，一年估計上萬人次。", "none", "history of a trend"),
 ("胎盤素是從產婦胎盤萃取的成分，台灣並未核准這種注射療法。", "none", "regulatory fact"),
 ("據說胎盤素可以活化細胞、抗老防癌、提升免疫力，因此吸引不少人專程出國施打。", "none", "据說 gives distance"),
 ("在名古屋一家醫院，打一劑胎盤素約六千日圓，換算新台幣一千多元，機票另計。", "none", "cost as information in a news report"),
 ("歐洲醫學界早已證實，定期注射胎盤素可以延緩老化。", "benefit", "uncritical news; misstated evidence"),
 ("每天上午門診都被台灣打針團擠爆，胎盤素的魅力可見一斑。", "social_proof", "uncritical news; crowds as proof"),
 ("衛生主管機關提醒，出國打針前務必審慎評估風險。", "none", ""),
]),
("t3-zh-bohe", "news", "https://m.bohe.cn/article/view/hp8bim123kpgvh9.html", [
 ("胎盤多肽針注射後常見局部紅腫、疼痛或硬結，一般一到三天會自行緩解。", "none", "aftercare timing"),
 ("少數人可能出現蕁麻疹等過敏反應，嚴重時可能休克。", "none", ""),
 ("孕婦、哺乳期婦女及自體免疫疾病患者不建議施打。", "none", "contraindication list"),
 ("注射後應留院觀察約三十分鐘，以便及早發現急性過敏。", "none", "procedure step"),
 ("長期或過量施打可能干擾荷爾蒙平衡，引起月經紊亂。", "none", ""),
]),
("t3-zh-bio1000", "news", "http://m.bio1000.com/jkazs/202507/1936746.html", [
 ("胎盤素是從動物或人類胎盤萃取的生物活性物質，常被加進美容與保健產品。", "none", ""),
 ("若原料來源不明或製程不嚴謹，胎盤素產品可能帶有病毒或細菌。", "none", ""),
 ("胎盤素含多種激素類物質，長期使用可能造成內分泌失調。", "none", ""),
 ("有研究指出胎盤素可能影響免疫功能，但相關數據仍然有限。", "none", "hedged"),
 ("感染風險｜與產品來源及生產標準密切相關｜不可逆", "none", "table row"),
 ("選購時應認明合法來源，避免使用未經查驗登記的產品。", "none", ""),
]),
("t3-zh-pcbaby", "news", "https://m.pcbaby.com.cn/x/yycs/2107/5296757.html", [
 ("人胎素注射液效果非常好，幾乎不會產生任何副作用。", "safety", "also benefit"),
 ("像人胎盤注射液這種副作用很小的製劑，其實不必過度擔心。", "safety", "minimisation offered as reassurance"),
 ("它能增強細胞免疫、改善微循環，讓皮疹更快消退。", "benefit", ""),
 ("哺乳期婦女最好不要使用，若必須使用應遵照醫囑。", "none", ""),
 ("這是以健康產婦胎盤經酵素水解、高溫滅菌製成的生物製品。", "none", "description of how it is made"),
 ("治療期間避免油膩、辛辣和生冷食物，以免影響吸收。", "none", ""),
 ("常感冒、容易疲倦、換季就過敏的人，都是胎盤素注射的主要族群。", "suitability", "who it is for, without 適合"),
]),
("t3-zh-mollypin", "clinic", "https://mollypin.tw/%e3%80%8c%e9%86%ab%e5%b8%ab%ef%bc%8c%e6%88%91%e5%8f%aa%e6%83%b3%e5%86%8d%e8%b5%b0%e4%b8%80%e6%ae%b5%e8%b7%af%e4%b8%8d%e7%97%9b%e3%80%82%e3%80%8d%cc%b6-%e9%80%80%e5%8c%96%e6%80%a7%e8%86%9d%e9%97%9c", [
 ("退化性膝關節炎是關節軟骨慢性磨損造成的疾病，會帶來疼痛、腫脹與僵硬。", "none", ""),
 ("體重每增加1公斤，膝蓋承受的壓力約多出4公斤。", "none", "number"),
 ("玻尿酸注射｜注入關節潤滑液｜約NT$3,500–8,500/次｜效果較短暫", "none", "table row, cost as information"),
 ("PRP注射｜自體血小板濃縮液｜NT$16,000–32,000/次｜價格高、效果不一", "none", "table row with its limits"),
 ("當主流治療都不理想時，膜力針提供了再生醫學的另一個可能。", "none", "novelty without an efficacy claim"),
 ("膜力針取自脫水人類羊膜，屬於非自體來源的修復療法。", "none", "neutral description"),
 ("長期久站、愛爬山、曾經膝蓋受傷的人，軟骨最容易提早磨損。", "none", "epidemiology, not who the treatment is for"),
 ("打完羊膜針後，七旬阿伯終於能自己走去菜市場，一路不喊痛。", "benefit", "testimonial with a specific outcome"),
 ("羊膜萃取富含生長因子，能直接修補磨損的軟骨。", "benefit", ""),
]),
("t3-zh-mdcafe", "news", "https://md.cafe/?p=52607", [
 ("起效速度｜類固醇1–2天｜玻尿酸數週｜PRP約4–6週", "none", "table row"),
 ("健保給付｜類固醇有部分負擔｜玻尿酸有條件｜PRP與羊膜生長因子全自費", "none", "table row, cost as information"),
 ("維持時間｜PRP長達半年到一年以上｜玻尿酸約半年｜類固醇僅數週", "comparison", "table row ranking PRP over alternatives without data (h2 decision 2)"),
 ("適用情境｜羊膜生長因子：重度退化、身體虛弱無法抽血者", "suitability", "table cell"),
 ("長期頻繁施打類固醇可能抑制軟骨細胞合成，一般建議間隔約三個月。", "none", ""),
 ("同一關節一年通常不超過三到四次類固醇注射，仍需醫師個別評估。", "none", ""),
 ("所謂CP值不該只看價格，而是效果與費用的平衡，以及是否對症。", "none", ""),
 ("核心作用｜PRP：啟動修復、再生軟骨環境", "benefit", "table cell asserting an effect"),
]),
("t3-zh-udnlaw", "news", "https://woman.udn.com/woman/story/123163/9350742", [
 ("保養品在法規上屬於化粧品而非藥品，就算標榜醫美等級也一樣。", "none", "law as information"),
 ("現行管理以《化粧品衛生安全管理法》為核心，取代舊的管理條例。", "none", ""),
 ("一般及特殊用途化粧品上市前，都必須完成產品登錄。", "none", ""),
 ("業者須建立產品資訊檔案（PIF），涵蓋成分安全性與製程資料，隨時備查。", "none", ""),
 ("包裝上須標示全成分，並依含量由高至低排列。", "none", ""),
 ("面積小於40平方公分的小包裝，至少仍要標示品名、用途、業者與有效期限。", "none", ""),
 ("食藥署提醒，別輕信誇大醫療效果的保養品宣傳。", "none", ""),
 ("製造端符合GMP代表製程受到管理，並不等於產品具有療效。", "none", "explains what a standard does not mean"),
]),
("t3-zh-cardu", "news", "https://www.cardu.com.tw/news/detail.php?ns_pk=29020&nt_pk=28", [
 ("「皺紋的電熨斗」「黑斑的立可白」——這些廣告詞其實都出自一般保養品。", "none", "quotes hype to refute it"),
 ("新北市衛生局一年查獲七百多件粧藥違規廣告，罰鍰逾一千三百萬元。", "none", ""),
 ("違規化粧品廣告以抗痕除皺類居冠，其次是美白及生髮類。", "none", ""),
 ("六成以上的違規廣告來自網路，其次是電視購物。", "none", ""),
 ("皮膚科醫師指出，目前沒有醫學文獻證實胜肽具有除皺效果。", "none", ""),
 ("化粧品無法取代微整型，「除皺」並不是化粧品的功效。", "none", "negation"),
 ("「擦的小臉針」「7天重返年輕肌齡」等用語已涉誇大，業者遭依法裁罰。", "none", ""),
 ("廣告詞：多家醫美中心指定使用的拉皮聖品，擦了就像打了小臉針。", "benefit", "ad text only (h2 decision 1); also approval-like endorsement"),
]),
("t3-zh-digipub", "news", "http://www.digipub.cc/dy/article/KFOO4JOH0514BE2Q.html?spss=dy_author", [
 ("有留學生兼職醫美地陪，高峰時一天有七八位求美者透過社群找上門。", "none", ""),
 ("一針玻尿酸在國內可能上萬元，到韓國只要一兩千元。", "none", "cost as information in a news report"),
 ("韓國官方統計，2024年接待的外國醫美患者超過一百萬人次。", "none", "number"),
 ("「特種兵醫美」行程盛行，有人只停留一兩天就做完多項療程。", "none", ""),
 ("有地陪坦言，遇過手法很差的醫生，但那家醫院仍大量宣傳獲客。", "none", ""),
 ("赴韓最火紅的是超聲刀類緊緻療程，注射類則以肉毒與玻尿酸最搶手。", "social_proof", "popularity ranking (decision 10)"),
]),
("t3-zh-shuiguang", "news", "https://tw.news.yahoo.com/%E6%89%93%E6%B0%B4%E5%85%89%E5%89%8D%E5%BF%85%E7%9C%8B-%E5%98%BF-%E9%86%AB%E7%BE%8E%E5%A5%BD%E8%BE%A32-%E7%AC%AC%E5%8D%81%E4%BA%8C%E9%9B%86%E6%8F%AD-%E9%87%9D%E5%85%B7-090003473.html", [
 ("依衛福部規定，水光注射的深度必須控制在2毫米以內。", "none", "law as information"),
 ("皮膚深層血管密集，打得過深又用填充類物質，可能造成血管栓塞。", "none", ""),
 ("眼周動脈與視網膜動脈相通，屬於危險部位，應由熟悉解剖的醫師操作。", "none", ""),
 ("機打深度穩定均勻，全臉保濕和怕痛的人多半會選這種。", "suitability", "who it is for, without 適合"),
 ("好針具打上百發也不鈍，劣質針幾針就拉扯皮膚、留下瘀青。", "comparison", "better than alternative, no data"),
 ("有人赴韓施打水光後，臉上冒出永久性異物肉芽腫，連手術都難根治。", "none", ""),
 ("常見原因包括把膠原蛋白增生劑誤當水光淺打、非原廠針具與消毒不全。", "none", ""),
]),
("t3-zh-overseas", "news", "https://tw.news.yahoo.com/%E9%86%AB%E6%9B%9D%E6%B5%B7%E5%A4%96%E6%B1%82%E7%BE%8E-%E9%9A%B1%E5%BD%A2%E6%88%90%E6%9C%AC-%E4%B8%8D%E5%8F%AA%E9%8C%A2-010500003.html", [
 ("國人到海外做醫美若發生糾紛，回國申訴或再飛一趟都不容易。", "none", ""),
 ("韓國醫美結合退稅、旅遊與娛樂文化輸出，吸引大批外國旅客。", "none", ""),
 ("台灣對醫療廣告的規範相對嚴謹，是國內外醫美市場的明顯差異。", "none", ""),
 ("醫美療程不存在百分之百的保證，跨國求美前務必三思。", "none", ""),
 ("有個案在對岸抽脂後出現硬塊，返台後才輾轉求診。", "none", ""),
 ("通過美容醫學品質認證的診所，品質都有保證。", "approval", "certification as proof, doctor quoted without distance"),
]),
("t3-zh-regen-oa", "clinic", "https://regentaiwan.com/service/orthopedic/Osteoarthritis", [
 ("蹲下去站不起來？這可能是膝關節退化的警訊！", "none", "heading with no treatment claim"),
 ("膝關節就像汽車輪胎，用久了軟骨會逐漸磨損變薄。", "none", ""),
 ("當軟骨的磨損速度超過修復能力，關節就會一步步走向退化。", "none", ""),
 ("肥胖、重訓愛好者，甚至年輕上班族，膝蓋問題都越來越常見。", "none", "epidemiology"),
 ("女性停經後因激素變化，退化性關節炎的風險會增加。", "none", ""),
]),
("t3-zh-antiage5", "news", "https://tw.news.yahoo.com/%E7%9A%AE%E8%86%9A%E7%A7%91%E9%86%AB%E5%B8%AB%E6%8F%AD5%E5%A4%A7%E6%8A%97%E8%80%81%E8%A7%80%E5%BF%B5%EF%BC%81%E5%A4%96%E6%B3%8C%E9%AB%94%E8%BF%B7%E6%80%9D%E3%80%81%E6%95%8F%E6%84%9F%E8%82%8C%E6%8A%97%E8%80%81%E6%88%90%E5%88%86%E4%B8%80%E6%AC%A1%E6%90%9E%E6%87%82-010543195.html", [
 ("皮膚科醫師指出，抗老要依年齡調整，幼童階段重在避免過敏與發炎。", "none", ""),
 ("防曬與清潔才是抗老最根本的功課。", "none", ""),
 ("科學實證較明確的抗老成分，包括維他命A、C與B3。", "none", ""),
 ("外泌體近年被標榜具有醫美級修護力，但價格昂貴、成分複雜。", "none", "標榜 gives distance"),
 ("多數民眾對外泌體成分認識不足，可能花了錢效果有限，甚至皮膚不適。", "none", ""),
 ("臨床調查顯示，約八成民眾有不同程度的敏感肌。", "none", "epidemiology"),
]),
("t3-zh-udnbrand", "news", "https://woman.udn.com/woman/story/123163/9166025", [
 ("保養品不該靠人氣挑選，而是靠理解挑選。", "none", ""),
 ("美國高端科研品牌，堅持純淨、安全、誠實，只用天然植物萃取。", "safety", "natural so safe, advertorial without distance"),
 ("成分單純、溫和的配方，比較不會造成額外負擔。", "none", "general advice, no regenerative product"),
]),
("t3-zh-pingguo", "news", "https://mip.pingguolv.com/ask/dUEhdGiEShSq.html", [
 ("多數人在注射後24到48小時內會腫脹，約72小時內明顯消退。", "none", "aftercare timing"),
 ("三天後仍有些腫，但沒有劇痛、發熱或流膿，通常屬正常恢復。", "none", ""),
 ("可冷敷消腫，每次約15分鐘，一天數次。", "none", "aftercare step"),
 ("腫脹超過一週或出現其他異常，應儘快回診。", "none", ""),
]),
("t3-zh-ltnfood", "news", "https://news.ltn.com.tw/news/life/breakingnews/5351977", [
 ("高雄市衛生局去年開出兩百多張食品廣告裁處書，罰鍰逾三千萬元。", "none", ""),
 ("業者用誇張數據、模擬醫學術語和不實見證，把食品包裝成醫療級產品。", "none", ""),
 ("食品廣告若涉及醫療效能，可加重處60萬到500萬元罰鍰。", "none", "law as information"),
 ("廣告宣稱「10天逆轉眼部病變」「根除糖尿病」，遭衛生局依法重罰。", "none", "quotes hype to refute it"),
 ("龜鹿、鱷魚膠原等關節保健食品，也是違規廣告的重災區。", "none", ""),
]),
("t3-zh-cartilage", "news", "https://tw.news.yahoo.com/%E5%8F%8A%E6%97%A9%E6%90%B6%E6%95%91%E8%BB%9F%E9%AA%A8%E9%80%86%E8%BD%89%E8%86%9D%E9%97%9C%E7%AF%80%E9%80%80%E5%8C%96-%E8%BB%9F%E9%AA%A8%E9%87%8D%E5%BB%BA%E5%8F%AF%E6%9C%9B%E6%81%A2%E5%BE%A9%E8%86%9D%E5%8A%9B-024148554.html", [
 ("及早搶救軟骨，逆轉膝關節退化！", "benefit", "headline fragment, uncritical news"),
 ("這項手術能讓患者免於最終換人工關節的命運。", "benefit", "uncritical news"),
 ("退化第2到3級、未滿75歲、BMI低於32的膝痛族，正是軟骨重建的主力對象。", "suitability", "uncritical news; indication as marketing"),
 ("O型腿、X型腿，或風濕性、乾癬性關節炎患者，不建議做軟骨重建。", "none", "contraindication list"),
 ("傳統做法是在軟骨上鑽洞讓幹細胞流出，但成效有限。", "none", "history of a technique"),
 ("膝關節承載的負荷是體重的數倍，過重與老化都會加速軟骨磨耗。", "none", ""),
]),
("t3-zh-tvbforum", "forum", "http://5.39.217.77/viewthread.php?action=printable&tid=3940432", [
 ("透明質酸在膝關節裡負責潤滑和避震。", "none", ""),
 ("一般療程約三星期，每週注射一次；也有單次注射的版本。", "none", "procedure"),
 ("近十年的研究仍未能下結論，證明膝關節注射透明質酸是否有效。", "none", ""),
 ("美國骨科醫學會的指引只建議復健運動、減重、消炎止痛藥與關節置換。", "none", ""),
]),
("t3-zh-styles", "news", "https://www.styleswardrobe.com/what-is-a-stem-cell-facial-and-does-it-really-work/", [
 ("幹細胞不是外來物質，用來填補臉部容積的方式自然得多。", "comparison", "more natural than fillers, no data"),
 ("幹細胞能辨識並修復受損組織，所以臉部回春的副作用極少。", "safety", ""),
 ("試過的顧客表示，效果可維持長達18個月。", "benefit", "result timing via testimonial"),
 ("皺紋明顯、皮膚鬆垮、蘋果肌下垂？幹細胞拉提值得一試。", "suitability", "problem list instead of 適合"),
 ("醫師會從血液或大腿、腹部脂肪取得幹細胞，純化後再注射回臉部。", "none", "procedure step"),
 ("幹細胞沒辦法讓斷掉的手臂長回來，但能讓你看起來年輕好幾歲。", "benefit", ""),
]),
("t3-zh-scnet", "news", "https://stemcellclinic.net/page/1818", [
 ("幹細胞拉皮被吹捧為「新一代肉毒」，但有專家質疑是否值得五位數的價格。", "none", "distance and doubt"),
 ("有專家認為，所謂幹細胞拉皮不過是換了名字的自體脂肪移植。", "none", ""),
 ("成體幹細胞通常只能再生為其來源器官的細胞類型。", "none", "biology"),
 ("這類療程費用高、缺乏監管，也可能有潛在危險。", "none", ""),
 ("另有一種標榜幹細胞的臉部護理，實際用的是羊胎盤萃取。", "none", ""),
]),
("t3-zh-cnsteyr", "journal", "http://www.cnsteyr.com/college_view-103.html", [
 ("該評估以衛生技術評估方法，系統整理間質幹細胞臨床研究的死亡率、失能率與不良反應。", "none", "what a study did"),
 ("納入的臨床試驗未見明顯毒性或致瘤性報告，但多數試驗規模小、追蹤期短。", "none", "bounded observation with its limits"),
 ("觀察到的不良反應多屬輕微且短暫，例如一過性發燒。", "none", ""),
 ("無論自體或異體間質幹細胞移植，臨床應用都安全可靠。", "safety", "generalising conclusion (decision 3)"),
 ("報告目的在於為主管機關與病人選擇幹細胞治療提供科學資訊。", "none", ""),
]),
("t3-zh-zhrerc", "journal", "http://www.zhrerc.cn/sc/zhiliao/58323.html", [
 ("一項多中心第二期隨機對照試驗納入代償期肝硬化患者，部分人回輸CD133陽性細胞。", "none", "study design"),
 ("結果顯示整體安全、耐受性良好，但短期內對肝功能指標的改善有限。", "none", "bounded result"),
 ("研究者強調，幹細胞治療肝硬化並不是立竿見影的手段。", "none", "negation"),
 ("幹細胞療法被視為有潛力「修復」而非「替代」受損肝臟。", "none", "hedged"),
 ("過去十年，再生醫學為肝硬化治療打開了一扇全新的大門。", "none", "novelty without efficacy content"),
]),
("t3-zh-fx361a", "journal", "https://m.fx361.cc/news/2014/0123/15532244.html", [
 ("失代償期肝硬化一旦併發大量腹水或上消化道出血，一年死亡率可達兩成至五成以上。", "none", "epidemiology"),
 ("目前只有原位肝移植是根本的治療方式，但供肝來源有限。", "none", ""),
 ("保肝藥物與利尿等內科治療能暫時改善症狀，卻無法逆轉肝細胞持續減少。", "none", ""),
 ("這份共識由醫學會幹細胞工程學組提出，目的是規範幹細胞移植的臨床操作。", "none", ""),
]),
("t3-zh-fx361b", "journal", "https://m.fx361.cc/news/2022/0528/10418578.html", [
 ("自體脂肪移植是把抽出的脂肪提純後，植入需要治療的部位。", "none", "procedure"),
 ("自體脂肪移植安全、簡單、成本低又容易取得。", "safety", "review abstract's generalising claim"),
 ("研究發現脂肪幹細胞及其分泌的細胞因子對疤痕有積極作用，已成為有前景的治療方法。", "benefit", "unhedged efficacy in a review abstract"),
 ("目前疤痕常用的治療包括藥物注射、放射、壓力療法、光電與手術，各有優缺點。", "none", ""),
]),
("t3-zh-fatgraft", "news", "https://tw.news.yahoo.com/%E8%A2%AB%E7%A8%B1%E6%9C%80%E7%92%B0%E4%BF%9D%E7%BE%8E%E5%AE%B9%E8%A1%93-%E9%86%AB%E6%8F%AD-%E8%87%AA%E9%AB%94%E8%84%82%E8%82%AA%E7%A7%BB%E6%A4%8D-3%E9%97%9C%E9%8D%B5-015007521.html", [
 ("取出的脂肪必須經篩洗、離心等純化，去除麻藥、組織液與血球。", "none", "procedure step"),
 ("移植後的自體脂肪平均存活率約五成，大約三個月後才會穩定。", "none", "number with its limit"),
 ("若三個月後填充仍不足，可視情況再做第二次補脂。", "none", ""),
 ("注射部位切記不要按摩或擠壓，以免影響脂肪存活。", "none", "aftercare"),
 ("因為取自患者本身，自體脂肪相容性高、完全沒有異物排斥的風險。", "safety", "own cells so safe, quoted without distance"),
 ("自體脂肪移植被形容為「最環保的美容手術」。", "none", "attributed with distance (被形容)"),
]),
("t3-zh-viyyt", "clinic", "http://www.viyytprxq.com.cn/ganxibao/29253.html", [
 ("6項研究、四百多位患者證實：幹細胞治肝硬化既安全又有效！", "safety", "generalising headline; also benefit"),
 ("幹細胞會主動歸巢到肝臟受損處，促進肝細胞再生、恢復肝功能。", "benefit", "mechanism as result"),
 ("臨床研究證實，幹細胞能顯著改善肝纖維化指標，提升生活品質。", "benefit", ""),
 ("幹細胞治療已成為肝硬化創新療法的研究熱點。", "none", "trend"),
 ("除了肝移植，末期肝硬化目前仍缺乏有效的治療方法。", "none", ""),
]),
("t3-zh-nantong", "forum", "https://nantongya.com/?p=7431", [
 ("朋友花了上萬元買胎盤素美容品，皮膚沒變好，反而過敏紅腫。", "none", ""),
 ("很多胎盤素的宣稱都停留在「可能有效」，缺乏大型研究背書。", "none", ""),
 ("動物胎盤素比較常見，但來源管控是一大問題，可能殘留激素。", "none", ""),
 ("人類胎盤素涉及倫理與感染風險，在台灣受到嚴格管制。", "none", "law as information"),
 ("與其盲目跟風，不如先把產品來源搞清楚。", "none", ""),
]),
("t3-zh-myskin", "forum", "https://myskinmyforum.blogspot.com/2018/09/Anti-Aging-with-Plant-Stem-Cell-Extracts-MSMF-toknowPART.html", [
 ("保養品裡的「植物幹細胞」，嚴格說只是一種植物萃取。", "none", ""),
 ("配方中的植物幹細胞都是已死亡的細胞，或培養液萃取物。", "none", ""),
 ("植物細胞和人類皮膚細胞差太多，不可能「變身」去修補皮膚。", "none", "negation"),
 ("成分表上的INCI名稱，一定寫成「某植物某部位萃取」。", "none", ""),
]),
("t3-zh-plt", "clinic", "http://articleshost.com/display/information/%E8%A4%87%E5%90%88%E5%BC%8F%E7%97%98%E7%96%A4%E6%B2%BB%E7%99%82%20%E6%89%BE%E5%9B%9E%E4%BD%A0%E7%9A%84%E5%B9%B3%E6%BB%91%E7%BE%8E%E8%82%8C/328741", [
 ("只需抽血一次，就能製備出15到20瓶血小板凍晶。", "none", "procedure number"),
 ("PLT修護因子是把血小板凍晶化，以便保存高濃度的血小板。", "none", "neutral description"),
 ("雷射後立刻塗上PLT，修護因子就能經由微孔直達皮膚深層。", "benefit", "mechanism as result"),
 ("每次治療後都看得到改善效果。", "benefit", ""),
 ("UP雷射屬汽化式飛梭雷射，治療深度可達4毫米。", "none", ""),
 ("凹陷較嚴重者，通常先做皮下剝離，再搭配雷射與PLT。", "none", "procedure step"),
 ("痘疤是青春痘反覆慢性發炎，破壞皮膚組織後異常纖維化所致。", "none", ""),
]),
("t3-zh-biomap", "news", "https://biomaptw.com/index.php/cell-therapy/itemlist/tag/自體間質幹細胞", [
 ("自體脂肪幹細胞治療膝軟骨缺損，單腳單次預估約23萬元，分段付費。", "none", "cost as information"),
 ("第一階段收抽脂與細胞製備費，第二階段收注射費，第三階段再收製備費。", "none", "payment procedure"),
 ("若採集的脂肪量不足、無法完成細胞產品，只收取部分製備費用。", "none", ""),
 ("計畫狀態：執行中｜適應症：退化性關節炎｜機構：醫學中心", "none", "table cells"),
 ("費用說明：尚待地方衛生局核定。", "none", ""),
]),
("t3-zh-shuiguang2", "news", "https://tw.news.yahoo.com/%E6%93%A6%E4%BF%9D%E9%A4%8A%E5%93%81%E4%BB%8D%E6%84%9F%E4%B9%BE%E7%87%A5-%E9%86%AB%E5%B8%AB%E8%A7%A3%E6%9E%90%E6%B0%B4%E5%85%89%E9%A4%8A%E8%86%9A%E7%99%82%E7%A8%8B%E9%81%B8%E6%93%87%E9%97%9C%E9%8D%B5-025300316.html", [
 ("無針水光多屬非侵入式保養，以高壓氣流或超聲波導入成分。", "none", ""),
 ("有針水光屬於醫療行為，須由醫師在合法醫療院所施作。", "none", "law as information"),
 ("肌膚乾燥時，可先從調整保養、多喝水與改善作息著手。", "none", ""),
 ("長期乾燥、保養品吸收差的患者，做完水光注射後保濕度明顯提升。", "benefit", "uncritical, clinic doctor's case"),
 ("作息不規律、壓力大、換季就乾癢？水光養膚成了許多人的選擇。", "suitability", "problem list; popularity implied"),
]),
("t3-zh-ikcells", "salon", "https://www.ikcells.com/product-service/grpgfs/platelet", [
 ("每個巨核細胞可產生數千個血小板，健康成人每天約生成一千多億個。", "none", "numbers about platelets"),
 ("正常血液的血小板濃度約為每公升150到400×10⁹個，壽命大約一週。", "none", ""),
 ("受傷時，血小板會在一小時內釋放大部分儲存的生長因子到受損處。", "none", "biology"),
 ("PRP又稱富含生長因子血漿，已用於骨科、牙科、燒傷科與皮膚科。", "none", ""),
 ("添加適量氯化鈣，可促使血小板大量釋出生長因子。", "none", "procedure"),
 ("這些因子能加速傷口癒合與細胞再生，讓肌膚重現健康光彩。", "benefit", ""),
]),
("t3-zh-ssagy", "forum", "https://ssagy.pixnet.net/blog/post/30879847", [
 ("現代PRP療法大約從1987年開始發展，1990年代起用於韌帶損傷。", "none", "history"),
 ("全球相關論文已超過一萬篇，涵蓋美容、運動醫學、牙科等領域。", "none", "count without a claim"),
 ("到目前為止，PRP仍屬替代療法，還不算正規治療。", "none", ""),
 ("PRP用的是患者自己的血小板而非藥物，顧忌西藥的人可以很安心。", "safety", "own blood so reassuring"),
 ("製作PRP的設備五花八門，從試管型到血袋型都有。", "none", ""),
]),
("t3-zh-wenwei", "news", "http://paper.wenweipo.com/2018/02/09/HK1802090029.htm", [
 ("消委會去年共接獲約兩萬五千宗投訴，按年減少1%。", "none", ""),
 ("有女士原本只想花88元試做療程，卻被游說買下近百萬元、限半年內做完的999次套票。", "none", ""),
 ("消委會提醒市民理性消費，並留意預繳式服務的付款方式。", "none", ""),
]),
("t3-zh-sthcc", "news", "https://www.stheadline.com/society/3535671/%E6%A8%82%E9%BD%A1%E4%BA%BA%E5%A3%AB%E6%B6%88%E8%B2%BB%E6%8A%95%E8%A8%B4%E4%B8%83%E6%97%AC%E5%A9%A6%E9%81%AD%E7%8B%82Sell-40%E8%90%AC%E7%BE%8E%E5%AE%B9%E7%99%82%E7%A8%8B-550%E6%AC%A1%E7%99%82%E7%A8%8B%E8%A6%812%E5%B9%B4%E5%81%9A%E5%AE%8C%E7%BE%8E%E5%AE%B9%E9%99%A2%E5%9B%A0%E4%B8%80%E5%8E%9F%E5%9B%A0%E6%8B%92%E9%80%80%E6%AC%BE", [
 ("七旬婦人在美容院累計買下逾30萬元療程，未用完的550次有效期只有兩年。", "none", ""),
 ("長者表示難以在短時間內讀懂複雜合約，只能依賴職員口頭講解。", "none", ""),
 ("她說若拒絕購買新療程，預約就會被刁難。", "none", ""),
]),
("t3-zh-epoch", "news", "http://cn.epochtimes.com/b5/10/10/27/n3066499.htm", [
 ("美容師在療程中要顧客試喝「幹細胞」飲品，之後強迫她買下20支。", "none", ""),
 ("一支要價上千元的「幹細胞」飲品，市面上只賣約兩百元。", "none", ""),
 ("消委會再次提醒，預繳式美容服務一旦出現爭議，追討並不容易。", "none", ""),
 ("有政黨要求立法管制美容院銷售手法，並強制設立合約冷靜期。", "none", ""),
]),
("t3-zh-egf", "news", "http://www.91haoming.cn/news/show-621574.html", [
 ("表皮生長因子是由53個胺基酸組成的內源性多肽，最早在1974年從人尿中純化。", "none", "biology of proteins"),
 ("EGF臨床上主要用於輔助燒燙傷、角膜損傷等創面癒合。", "none", ""),
 ("大陸藥監部門明定EGF不得作為化粧品原料，也嚴禁用於注射美容。", "none", "law as information"),
 ("EGF注入臉部軟組織後，容易引起不可控的增生，造成臉部變形與硬結。", "none", ""),
 ("這些產品常換上「活性細胞液」「生長肽」等名稱，透過熟人介紹流通。", "none", ""),
 ("每克約二十元的凍乾粉，重新包裝後售價可達數千上萬元。", "none", ""),
 ("它們被包裝成能刺激自體膠原再生的「高端注射材料」。", "none", "distance via 被包裝成"),
]),
("t3-zh-egfcancer", "forum", "http://18959089220.com/eamysbeehze.html", [
 ("不少學者認為，外用EGF可能促進已存在的皮膚癌細胞生長。", "none", "hedged"),
 ("已確診皮膚癌的患者，建議不要使用含EGF的產品。", "none", "contraindication"),
 ("市售EGF多由大腸桿菌或植物系統培養，並非直接從人體萃取。", "none", ""),
]),
("t3-zh-uho", "news", "https://uho.com.tw/article-15311.html", [
 ("衛生署核定30家醫療院所，可讓陸客以健檢醫美名義來台。", "none", "regulatory fact"),
 ("首批體驗團26人，每人健檢費用約新台幣一萬多元。", "none", ""),
 ("外貿協會協助上百團陸客來台醫美，人次比前一年成長約一倍。", "none", ""),
 ("陸客來台健檢醫美行程正夯！", "social_proof", "popularity headline (h2 decision 12)"),
]),
("t3-zh-panorama", "news", "https://taiwan-panorama.com/ja/Articles/Details?CatId=9&Guid=3ce421a3-2d4a-41ab-91ec-7610f7880926", [
 ("花蓮這家醫學中心是東部再生醫療的重鎮，不少海外病人遠道而來求治。", "social_proof", "uncritical magazine; patient draw as proof"),
 ("醫院與山腳下的度假村合作推出國際醫療觀光方案，回診時專車接送。", "promotion", "seller logistics (h2 decision 6), uncritical"),
 ("不必住院，也能一邊賞山景一邊接受細胞治療與保健。", "promotion", "package selling point"),
]),
("t3-zh-naru", "news", "https://www.naruwanto.com/post/空港の国際医療サービスセンター、設置１カ月で１万人利用-1", [
 ("衛福部在松山、桃園、台中、高雄四座機場設立國際醫療服務中心。", "none", ""),
 ("中心開辦一個多月約有一萬名外國人使用，其中約4%實際到醫院就診。", "none", "numbers"),
 ("前來就醫的外國人中，健康檢查約占六成多。", "none", ""),
]),
]
PAGES2 = [
("t3-zh-pdrnid", "news", "https://hitabatak.com/index.php/sport/Tren-Skincare-PDRN-Manfaat-Menakjubkan-dan-Efek-Samping-yang-Perlu-Diketahui", [
 ("PDRN萃取自鮭魚DNA，具有驚人的修復與再生能力。", "benefit", "uncritical trend article"),
 ("難怪它在韓系保養圈爆紅，從化妝水、精華到面膜都看得到。", "social_proof", "popularity"),
 ("在韓國，PDRN早已用在醫美療程，例如皮膚增強注射。", "none", ""),
 ("PDRN結構和人類DNA相似，身體能有效利用它促進細胞再生與膠原生成。", "benefit", "mechanism as result"),
]),
("t3-zh-pdrnkr", "news", "https://www.hiddenhalf.com/2026/02/pdrn.html", [
 ("早期的PDRN療程其實取自人類胎盤，如今鮭魚精子來源已成業界標準。", "none", "history"),
 ("網紅到韓國接受鮭魚DNA療程的影片，讓PDRN在網路上迅速走紅。", "none", "history of a trend"),
 ("化粧品化學家認為，PDRN是相對平凡的保養成分，刺激性低，但不是保養的基礎。", "none", ""),
 ("防曬、保濕與研究充分的A醇類，效果可能比PDRN更可靠。", "none", "hedged comparison by an expert"),
 ("就算有證據顯示成分可能有效，遞送方式仍是關鍵。", "none", "hedged"),
]),
("t3-zh-pdrnjp", "salon", "https://trywidepa.com/?p=93", [
 ("皮膚再生促進｜修復受損細胞，讓肌膚代謝恢復正常", "benefit", "table cell"),
 ("抗發炎作用｜有效壓下泛紅與痘痘等發炎", "benefit", "table cell"),
 ("皮膚增強注射｜以極細針把PDRN注入淺層｜恢復期約2–3天", "none", "table row, downtime stated as fact"),
 ("電穿孔導入｜用電流把PDRN送進肌膚深處｜幾乎沒有恢復期", "safety", "minimal downtime as selling point"),
 ("搭配玻尿酸一起用，再生加保濕效果加倍。", "benefit", "hyaluronic acid combination"),
 ("PDRN是從鮭魚DNA萃取的成分，據說能促進皮膚再生與修復。", "none", "據說 gives distance"),
]),
("t3-zh-mamajo", "news", "http://tw.news.yahoo.com/%E6%BC%94%E8%97%9D%E5%9C%88%E9%AD%94%E5%A5%B3%E6%97%8F%E7%88%86%E9%87%8F-%E5%BF%97%E7%8E%B2-%E9%9A%8B%E6%A3%A0%E9%81%A0%E8%A7%8035%E9%96%80%E6%AA%BB%E5%BF%83%E6%85%8C%E6%85%8C-213000148.html", [
 ("所謂美魔女，指的是35歲以上仍才貌兼備的女性。", "none", ""),
 ("不少女藝人公開表示，會透過醫學美容協助回春。", "none", "celebrity use described, no proof claim"),
 ("自體細胞回春術是日韓相當流行的皮膚再生療法。", "social_proof", "popularity, clinic doctor quoted without distance"),
 ("由於取自自身血液，不會有異物感，也沒有疾病感染的問題。", "safety", "own blood so safe"),
 ("自體細胞回春術，成了眾多愛美人士的心頭好。", "social_proof", "popularity"),
 ("它能改善皺紋、鬆弛、凹洞、毛孔粗大與暗沉等各種老化問題。", "benefit", ""),
]),
("t3-zh-likoo", "salon", "https://www.likoo.com.tw/blog/posts/detail2441", [
 ("養髮液的定位是日常頭皮與髮絲保養，而不是醫療治療。", "none", ""),
 ("若短期內大量落髮、頭皮紅腫疼痛或出現斑塊，應優先就醫。", "none", ""),
 ("本文效果描述以化粧品可用語為準，如滋潤、調理、強健髮質，不涉及醫療效能。", "none", "law as information"),
 ("滿1,388元贈溫熱眼罩一盒，滿2,288元再送保濕噴霧一瓶。", "promotion", "shop's gift tiers"),
 ("本店不會要求客戶提供銀行資料或操作ATM，如有疑問請撥165查證。", "none", "anti-fraud notice"),
]),
("t3-zh-tops", "news", "https://www.tops-article.com/zh/skincare/287979.html", [
 ("生薑擦頭皮能生髮的說法流傳已久，但從未經過嚴謹的科學驗證。", "none", ""),
 ("敏感頭皮直接摩擦薑汁，可能引起接觸性皮膚炎，反而加重掉髮。", "none", ""),
 ("對於占掉髮主因的雄性禿，這類偏方幾乎沒有作用。", "none", ""),
 ("很多人在焦慮下病急亂投醫，不但浪費錢，還可能傷了頭皮。", "none", ""),
]),
("t3-zh-f8", "salon", "https://new-beauty.hk/blog/f8-hair-regrowth-treatment/hair-growth-products-review-and-f8-treatment-hk", [
 ("從根源激活毛囊的F8生髮療程，幫妳重拾豐盈秀髮！", "benefit", ""),
 ("產後雌激素驟降，會讓大量頭髮同時進入休止期。", "none", "biology"),
 ("米諾地爾是目前唯一獲美國FDA認可的外用生髮藥物成分。", "none", "regulatory fact"),
 ("長期高壓、常熬夜、剛生完小孩、進入更年期——髮量變稀的妳，該認識F8療程。", "suitability", "list of target groups without 適合"),
 ("不對症下藥的話，再貴的精華油也只是浪費錢。", "none", ""),
]),
("t3-zh-bplace", "salon", "https://blog.beauty-place.com.hk/生髮中心/", [
 ("六種防脫髮方法比一比，激光生髮最見效！", "comparison", "superlative ranking"),
 ("不少所謂生髮中心只是髮型屋變身，沒有任何國際認證的生髮儀器。", "none", ""),
 ("選生髮中心的第一要點，是分清楚它只是護髮，還是真正活髮。", "none", ""),
 ("嚴選生髮中心，全部採用具國際認證的醫美級儀器。", "approval", "certification as proof"),
 ("生髮中心從四五間暴增到隨手一搜就有二三十間。", "none", "history of a trend"),
]),
("t3-zh-ameblo", "forum", "https://ameblo.jp/nanacorean/entry-12227426757.html?frm=theme", [
 ("再生醫療說穿了，就是用自己的細胞修復自己。", "none", ""),
 ("做法是從肚臍附近取少量脂肪，分離出幹細胞後培養增殖。", "none", "procedure"),
 ("曾有機構用牛的成分當培養基來增殖細胞，結果發生失明甚至死亡。", "none", ""),
 ("市面上掛著幹細胞名號的化粧品，我建議一律不要用。", "none", ""),
 ("日本依風險把再生醫療分成第一、二、三種，分級管理。", "none", "law as information"),
]),
("t3-zh-halo", "salon", "http://halophiles2016.org/saibou.php", [
 ("注入胎盤素或自體血小板，能讓細胞分裂活躍，新生肌膚細胞跟著增加。", "benefit", "mechanism as result"),
 ("美容外科用的是人類來源胎盤素，感染與過敏風險低，安全性高。", "safety", ""),
 ("自體血小板取自患者自己的血液，安全性又更上一層。", "comparison", "comparative safety (decision 5)"),
 ("注入後能順利融合，效果很快就看得到。", "benefit", "result timing"),
 ("不只能預防，連已經形成的皺紋和斑點都能消除。", "benefit", ""),
]),
("t3-zh-obhk", "salon", "https://onlinebeautyhk.com/referral/", [
 ("介紹朋友完成外泌體煥膚療程後，介紹人可獲20枚平台幣存入會員帳戶。", "promotion", "referral offer; treatment renamed to an exosome facial"),
 ("優惠只限新客戶享用一次，不可兌換現金或與其他優惠同用，名額有限。", "promotion", "scarcity and offer terms"),
 ("須預先登記並於線上付款，方可享用優惠價。", "promotion", "booking terms"),
 ("如需改期，請於療程日至少24小時前聯絡客服；遲到逾15分鐘視同放棄。", "promotion", "booking terms"),
 ("療程效果因個人膚質與身體狀況而異，本公司不提供效果保證。", "none", "disclaimer"),
 ("若到店後顧問判斷膚況不宜做療程，未施作者可申請全額退款。", "promotion", "refund term"),
]),
("t3-zh-hkmawc", "salon", "https://www.hkmawc.com/%E5%89%AF%E6%9C%AC-%E7%A7%81%E9%9A%B1%E6%94%BF%E7%AD%96", [
 ("所有已售出的產品與療程，一律不設退款。", "promotion", "sales terms (h2 decision 6)"),
 ("顧客如有疾病、敏感肌或長期服藥，接受服務前須先告知職員。", "none", ""),
 ("本公司贈送的療程及產品，均不可兌換現金或退換。", "promotion", "sales terms"),
 ("所購療程的有效期為發票日起12個月。", "promotion", "sales terms"),
 ("如有疑問，顧客應自行徵詢註冊醫生的獨立意見。", "none", ""),
]),
("t3-zh-swpass", "salon", "https://somethingwanted.com/pages/copy-of-faq-for-more-clicks-beauty-pass", [
 ("所有合作美容中心都由資深編輯嚴選，保證你不會受到不合理對待，可以放心享用。", "approval", "editorial selection used as proof"),
 ("購買後會收到確認電郵與表格連結，選好療程兩個工作天後即可預約。", "promotion", "booking procedure"),
 ("每張療程券限一人使用，美容中心會在服務前核對身分。", "promotion", "terms"),
 ("熱門療程名額較緊，建議盡早預約。", "promotion", "scarcity"),
 ("歡迎一次購買多張，與親友一起享用。", "promotion", ""),
]),
("t3-zh-finddoc", "news", "https://finddoctor.tw/article-%e9%aa%a8%e7%a7%91%e9%96%80%e8%a8%ba%e8%87%aa%e8%b2%bb%e8%88%87%e4%bf%9d%e5%81%a5%e5%93%81%e5%bb%ba%e8%ad%b0.html", [
 ("骨科門診的自費項目，包括玻尿酸注射、PRP、增生療法與震波治療等。", "none", ""),
 ("玻尿酸關節注射每劑約NT$2,500至6,500元，PRP療程約NT$6,000至22,000元。", "none", "cost as information"),
 ("自費價格會因院所規模與地區而有差異，就醫前最好先問清楚。", "none", ""),
 ("震波治療依次數與部位計價，每次約一千多到三千元。", "none", "cost as information"),
]),
]
EXTRA = {
 "t3-zh-mdcafe": [("類固醇像是急性疼痛的滅火器，CP值在於救急而不是保養。", "none", ""),
                  ("主要成分｜羊膜生長因子：異體羊膜萃取", "none", "table cell")],
 "t3-zh-digipub": [("韓國官方數據顯示，中國顧客約26萬人次，比前一年多出一倍以上。", "none", "")],
 "t3-zh-overseas": [("中國與越南醫美近年成長快速，但價格並不如想像中便宜。", "none", "")],
 "t3-zh-zhrerc": [("另一項雙盲隨機對照試驗，比較經門靜脈輸注不同骨髓細胞的效果。", "none", "study design")],
 "t3-zh-egf": [("多位整形外科醫師指出，這類損傷修復難度高，往往難以完全復原。", "none", "")],
 "t3-zh-biomap": [("若細胞已培養兩週才中止療程，仍須支付約十萬元製備費。", "none", "cost as information")],
 "t3-zh-mollypin": [("口服止痛藥｜NSAIDs｜每月約NT$600–2,200｜長期使用恐傷胃腎", "none", "table row"),
                    ("人工膝關節置換｜約NT$15–30萬｜恢復期長、有感染風險", "none", "table row")],
 "t3-zh-antiage5": [("敏感肌可以從含B5、胜肽或甘油的溫和保養品開始。", "none", "")],
 "t3-zh-bohe": [("若出現持續發燒、關節疼痛或異常出血，應立即就醫。", "none", "")],
}
# written / handout-style lines: (label, text, note)
W = {
"safety": [
 ("自體來源，溫和不刺激，敏感肌也能安心做。", "own cells + mild; also suitability"),
 ("零恢復期｜午休打完，下午直接回辦公室", "badge-style downtime line"),
 ("天然鮭魚萃取，身體不會排斥。", "natural so no rejection"),
 ("Q：打完會腫嗎？A：幾乎不會，頂多一點泛紅，當天就能上妝。", "FAQ answer minimising effects"),
 ("幹細胞點滴全程溫和，不傷肝腎，長期施打也沒有負擔。", ""),
 ("胎盤素萃取自合格馬胎盤，純天然、零副作用。", "absolute term outranks the sourcing claim"),
 ("用的是你自己的血，怎麼可能過敏？", "rhetorical own-blood safety"),
 ("外泌體＋玻尿酸雙效導入，無針無痛，不必請假。", "exosome with hyaluronic acid"),
 ("膝關節PRP門診就能完成，打完直接走路回家。", "same-day recovery"),
 ("生長因子精華採食品級配方，孕婦也能放心擦。", ""),
 ("開業至今，沒有一位顧客出現過嚴重反應。", "rarity claim"),
 ("溫和到剛做完雷射的肌膚也能直接上。", ""),
 ("✔ 無排斥　✔ 無傷口　✔ 無恢復期", "badge row"),
 ("PDRN鮭魚針副作用極少，術後只要避開三溫暖一天。", ""),
 ("細胞取自您本人，完全沒有感染風險。", ""),
 ("植物來源外泌體，天然無負擔，全家大小都能用。", "also suitability"),
 ("十年來上萬例施打，零嚴重併發症。", "zero-complication claim; counts are lower social proof"),
 ("口服幹細胞保健飲，天然萃取，吃再多也不傷身。", "supplement"),
 ("自體PRP不加任何化學成分，天然就是最安心。", "superlative safety stays safety"),
],
"benefit": [
 ("凍齡新解方：外泌體水光", "bare heading (decision 8)"),
 ("禿頭剋星｜生長因子頭皮導入", "heading fragment"),
 ("顧客心聲：打了三次PRP，髮際線真的往前長了一公分！", "testimonial with a specific outcome"),
 ("膝蓋卡卡？一針幹細胞，重回登山步道。", "conditional-style headline"),
],
"approval": [
 ("院長畢業於台大醫學系，並為美國再生醫學會會員。", "credentials (h2 decision 7)"),
 ("榮獲2025亞洲美容醫學大賞「年度再生療程」。", "award"),
 ("外泌體原液通過SGS檢驗，不含重金屬與防腐劑。", "third-party lab test"),
 ("本產品擁有台灣、日本、美國三國發明專利。", "patent"),
 ("胎盤素原料來自日本厚生勞動省核可的製藥廠。", "foreign registration used as endorsement"),
 ("細胞實驗室通過GTP認證，每一批都可追溯。", "standard"),
 ("【ISO 22716】【GMP】【CE】三重認證，品質看得見", "badge row"),
 ("本院為衛福部核准的細胞治療執行機構，請安心預約。", "legality as reassurance; also promotion"),
 ("研究成果登上國際SCI期刊封面。", "journal cover"),
 ("PDRN針劑已取得韓國食藥處許可，正規進口。", "foreign registration as endorsement"),
 ("醫師團隊皆具皮膚科專科醫師資格，並受過原廠注射訓練。", "credentials"),
 ("依日本再生醫療法完成第二種計畫登記，合法合規有保障。", "legality as reassurance"),
 ("源自諾貝爾獎研究領域的外泌體技術。", "Nobel prestige"),
 ("本配方通過第三方人體皮膚刺激性測試。", "third-party test"),
 ("連續三年獲頒消費者票選金質獎。", "award; consumer vote makes social proof a lower kind"),
 ("美國FDA註冊工廠生產，國際品質。", "registration as proof"),
 ("生長因子原料取得歐盟COSMOS認證。", "certification"),
 ("獨家專利低溫萃取，完整保留外泌體活性。", "proprietary process"),
 ("療程規劃經人體試驗委員會審查通過。", "ethics-committee approval as proof"),
 ("合作醫院通過JCI國際評鑑，赴日療程更放心。", "accreditation as reassurance (medical tourism)"),
 ("院長曾任醫學中心骨科主任，膝關節注射逾萬例。", "credentials; counts are lower social proof"),
 ("台灣首批通過外泌體原料個案審查的品牌，安心看得見。", "2024 case review spun as reassurance (decision 7)"),
 ("韓國原廠授權正品，每支附防偽序號。", "authorisation as proof"),
 ("PubMed收錄超過300篇相關研究", "indexed in PubMed as badge"),
 ("幹細胞點滴由具執照醫師親自操作，合法又安全。", "legality grounding safety (decision 6)"),
 ("胎盤素注射液在日本是正式核准的醫藥品，不是灰色地帶。", "foreign approval used as reassurance"),
 ("主治醫師取得美國抗衰老醫學會認證。", "credentials"),
 ("產品已完成衛福部化粧品登錄，請放心選購。", "registration misused as reassurance"),
 ("國際期刊發表｜臨床驗證｜專利技術", "badge row"),
],
"comparison": [
 ("取代玻尿酸的新選擇：外泌體自然豐盈", "replacement claim"),
 ("別再只打玻尿酸了，懂行的人都換成外泌體。", "also social proof"),
 ("PRP vs 外泌體｜術後發炎：PRP常見｜外泌體少見", "table row ranking exosomes over PRP"),
 ("雷射做再多次，都不如一次幹細胞修復。", "不如, no data"),
 ("全台唯一引進第四代外泌體技術", "exclusivity + generation ranking"),
 ("膝蓋治療首選是PRP，而不是類固醇。", "首選"),
 ("同樣叫鮭魚針，我們用原廠高濃度，一般診所打的是稀釋款。", "comparison without 比"),
 ("生髮水、生髮藥、生長因子導入，三者之中效果最持久的是後者。", "superlative ranking"),
 ("幹細胞點滴：新一代抗老的黃金標準", "gold standard"),
 ("最先端的日本再生醫療，就在東京等你。", "最先端 (medical tourism)"),
 ("外泌體＝升級版PRP", "upgrade equation"),
 ("胎盤素界的頂級：馬胎盤，胺基酸含量是豬胎盤的數百倍。", "ranking with an unsourced figure"),
 ("再貴的保養品，也抵不過一劑幹細胞。", ""),
 ("換膝手術之外的最佳替代方案", "superlative"),
 ("比較表｜恢復速度：外泌體★★★★★　雷射★★", "table cell ranking"),
 ("醫界公認最有效的非手術膝關節療法", "superlative with vague appeal"),
 ("市面上外泌體保養品百百款，真正有活性的只有這一款。", "only-one claim"),
 ("自體脂肪幹細胞：最自然的填充物", "most natural (decision 9)"),
 ("韓國做不到的細胞濃度，台灣這裡做得到。", ""),
 ("與其一直補打肉毒，不如一次做好幹細胞抗老。", "不如"),
 ("研究顯示，外泌體修復力勝過一般生長因子精華。", "vague citation"),
 ("領先業界的第三代PRP離心技術", "ranking"),
 ("生長因子頭皮療程，堪稱生髮界的天花板。", "superlative metaphor"),
 ("從此不用挨刀：幹細胞取代人工關節。", "replacement claim"),
 ("PDRN之於肌膚，就像頂級修護霜之於一般乳液。", "ranking by analogy"),
 ("同價位療程裡，CP值最高的就是這一支。", "superlative"),
],
"social_proof": [
 ("已有超過8,000位顧客選擇我們的外泌體療程。", "patient count"),
 ("五星評價破千則，回訪顧客占七成。", "rating"),
 ("韓國女團御用的鮭魚針，同款在這裡就打得到。", "celebrity"),
 ("顧客回饋：做完第三次，同事都問我最近是不是戀愛了。", "testimonial without a specific outcome (h2 decision 9)"),
 ("知名網紅親身體驗，IG限動好評不斷。", "influencer"),
 ("預約爆滿的人氣療程，平均要排三週。", "popularity; scarcity is lower promotion"),
 ("社區長輩口耳相傳，膝蓋要打針就來這家。", "word of mouth"),
 ("國手級運動員指定的PRP修復門診", "athletes"),
 ("#外泌體 話題標籤累積破百萬次觀看", "popularity"),
 ("回購率高達92%的幹細胞精華", "repeat-purchase rate"),
 ("PTT醫美板網友一致大推這家的PRP生髮。", "forum popularity"),
 ("每月服務超過500位赴日求診的台灣旅客。", "patient count (medical tourism)"),
 ("名醫推薦｜皮膚科醫師私下也在用的PDRN安瓶", "experts"),
 ("貴婦圈最新話題：幹細胞點滴下午茶", "popularity"),
 ("藝人真心推薦，不是業配！", "celebrity"),
 ("小紅書上萬人收藏的胎盤素膠囊", "popularity"),
 ("連續12個月銷售冠軍", "sales ranking (reputation)"),
 ("顧客阿美：「我媽打完膝蓋PRP，直說下次還要來。」", "testimonial without a specific outcome"),
 ("超過三百家醫美診所都在用的外泌體原液", "adoption count"),
 ("大家都在問的凍齡療程，終於開放預約！", "popularity; also promotion"),
 ("YouTuber實測影片破50萬觀看", "influencer"),
 ("日本貴婦排隊也要打的胎盤素", "popularity"),
 ("好評如潮｜會員滿意度98分", "rating"),
 ("開幕至今服務人次突破三萬。", "patient count"),
],
"suitability": [
 ("熬夜族、產後媽媽、壓力型掉髮的上班族", "bare target list"),
 ("有這些困擾嗎？✔ 暗沉 ✔ 毛孔粗大 ✔ 細紋初現", "problem checklist"),
 ("給35歲後開始覺得保養品沒感的妳", ""),
 ("上下樓膝蓋會痛、蹲下站不起來的長輩，都歡迎來諮詢幹細胞療程。", "also promotion"),
 ("專為敏感肌、酒糟肌設計的外泌體導入", ""),
 ("男士也可以做！頭頂稀疏、M字額都在範圍內", ""),
 ("不想動刀、怕痛、沒時間休養的人，這就是你的療程。", ""),
 ("對象：運動傷害、退化性關節炎一到三期、半月板磨損", "table cell of target conditions"),
 ("婚前急救、重要場合前的最後衝刺", "occasions"),
 ("從20歲的預防到60歲的修復，每個年齡層都能做。", "all ages"),
 ("所有膚質皆可使用，油肌、混合肌也沒問題。", "all skin types"),
 ("想要好氣色、又不想打針的妳", ""),
 ("長期外食、睡不好、容易累的上班族必備幹細胞保健飲", "supplement"),
 ("Q：幾歲可以開始打鮭魚針？A：25歲以上、膚況開始不穩就可以考慮。", "FAQ answer"),
 ("術後修復族、雷射後泛紅族、痘疤族", "bare target list"),
 ("膝關節PRP門診常見客群：久站櫃姐、愛爬山的退休族、打球的學生", ""),
 ("外泌體頭皮療程，給髮線後退、還不想植髮的你。", ""),
 ("停經後膠原流失、臉頰開始凹陷的熟齡女性，正是胎盤素療程的主力。", ""),
 ("赴日幹細胞之旅，專為重視隱私與效率的企業主規劃。", "medical tourism"),
 ("怕痛、怕麻煩、第一次接觸醫美的新手", "bare target list"),
 ("適合族群｜油性肌、痘痘肌、粉刺肌", "table cell with 適合"),
 ("老人家、上班族、運動員都能打的膝蓋修復針", ""),
 ("每天盯電腦、眼周乾紋明顯的工程師，也常來做外泌體眼周導入。", ""),
],
"promotion": [
 ("加入官方LINE@，立即領取外泌體導入體驗券。", "LINE@"),
 ("外泌體導入｜新客嚐鮮價 NT$3,280（原價NT$7,200）", "price line"),
 ("儲值三萬送五千，全療程通用。", "stored value"),
 ("本月名額有限，額滿為止。", "scarcity"),
 ("立即預約 ➜ 線上填表，專人48小時內回電", "booking CTA"),
 ("鮭魚針三堂套組 NT$25,800，可刷卡分12期0利率。", "instalments"),
 ("赴日幹細胞套裝：含診療、翻譯、機場接送與兩晚住宿，每人NT$38萬起。", "medical tourism package"),
 ("舊客帶新客，雙方各得一次免費頭皮檢測。", "referral"),
 ("限時三天！膝關節PRP第二針半價。", ""),
 ("LINE ID：@cellbeauty｜私訊享會員價", "contact line"),
 ("生日當月到店，加贈胎盤素精華一支。", ""),
 ("免費諮詢專線：0800-258-369（週六照常服務）", "contact line"),
 ("每日限量10位，預約請早。", "scarcity"),
 ("4人同行團購，每人再折NT$1,000。", ""),
 ("幹細胞保健飲買二送一，官網獨家。", "supplement offer"),
 ("預付訂金NT$2,000即保留時段，72小時前可改期一次。", "booking terms"),
 ("年度VIP：全年外泌體導入12次，只要NT$59,800。", "membership"),
 ("掃描QR Code加好友，抽PDRN安瓶組。", ""),
 ("新年開運價！生長因子頭皮療程單堂NT$1,688", "price line"),
 ("現在預約，加贈術後修護面膜五片。", ""),
 ("平日上午時段再享九折，僅限線上預約。", ""),
],
}
H = [
 ("施打前，請先問清楚產品的來源、批號，以及它是否獲准用於這個用途。", ""),
 ("目前國內沒有任何外泌體產品獲准用於注射治療；宣稱可注射的療程，請先查證。", "true regulatory statement"),
 ("PRP用的是自己的血液，但抽血、離心與注射過程仍可能感染或瘀青。", "negation of own-blood safety"),
 ("「自體」「天然」不等於沒有風險，請依醫師說明評估。", "refutes safety wording"),
 ("若有凝血功能異常、正在服用抗凝血藥物或懷孕，請在療程前告知醫師。", "contraindications"),
 ("療程後一到三天可能紅腫或瘀青，若持續超過一週或化膿，請回診。", "aftercare timing"),
 ("預繳大額套票前，請確認退費條件，並保留合約與收據。", ""),
 ("再生醫療雙法上路後，細胞治療須由核准並登記的醫療機構執行。", "law as information"),
 ("化粧品只能外用；含外泌體成分的保養品不能取代醫療。", ""),
 ("赴海外治療前，先弄清楚回國後若出現併發症，該向誰求助。", ""),
 ("參加登記在案的臨床試驗，通常比自費購買未證實的療程更有保障。", "advice comparing ways of taking part (decision 9)"),
 ("可以問醫師：這項療程有哪些研究？收了多少人、追蹤多久？", ""),
 ("療程價格差異很大，多數不在健保給付範圍內，請先索取書面報價。", "cost as information"),
]

# ---------------------------------------------------------------- build logic
import difflib, glob, hashlib, json, os, re, sys, unicodedata, urllib.parse
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "zh-TW.jsonl")
USED = "/tmp/claims-used-origins.txt"
LABELS = {"safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"}
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum", "handout-style", "written"}


def side(url):
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


def norm(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()


def alnum(t):
    return "".join(ch for ch in norm(t) if ch.isalnum())


def build():
    recs = []
    groups = []  # (group, source, origin, rows)
    extra = dict(EXTRA)
    for g, src, origin, rows in PAGES + PAGES2:
        groups.append((g, src, origin, list(rows) + list(extra.pop(g, []))))
    assert not extra, extra
    # written batches: interleave labels, then cut into 12 batches
    order = ["safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion"]
    pools = {k: list(W[k]) for k in order}
    mixed = []
    while any(pools.values()):
        for k in order:
            if pools[k]:
                t, n = pools[k].pop(0)
                mixed.append((t, k, n))
    nb = 11
    size = -(-len(mixed) // nb)
    for i in range(nb):
        chunk = mixed[i * size:(i + 1) * size]
        if chunk:
            groups.append((f"t3-zh-w{i + 1:02d}", "written", "", chunk))
    hh = [(t, "none", n) for t, n in H]
    groups.append(("t3-zh-h01", "handout-style", "", hh[:7]))
    groups.append(("t3-zh-h02", "handout-style", "", hh[7:]))
    n = 0
    for g, src, origin, rows in groups:
        for t, lab, note in rows:
            n += 1
            recs.append({"id": f"t3-zh-TW-{n:04d}", "text": t, "label": lab, "lang": "zh-TW",
                         "source": src, "group": g, "origin": origin, "note": note})
    return recs


def check(recs):
    bad = 0
    used = set(l.strip() for l in open(USED, encoding="utf-8") if l.strip())
    seen = {}
    origin_group = {}
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t:
            print("LEN/NEWLINE", r["id"]); bad += 1
        if r["label"] not in LABELS or r["source"] not in SOURCES:
            print("LABEL/SOURCE", r["id"]); bad += 1
        if not r["group"].startswith("t3-zh-"):
            print("GROUP", r["id"]); bad += 1
        k = norm(t)
        if k in seen:
            print("DUP-IN-FILE", r["id"], seen[k]); bad += 1
        seen[k] = r["id"]
        if r["source"] in ("written", "handout-style"):
            if r["origin"]:
                print("ORIGIN-ON-WRITTEN", r["id"]); bad += 1
        else:
            o = r["origin"]
            if not o:
                print("NO-ORIGIN", r["id"]); bad += 1
            elif o in used:
                print("USED-ORIGIN", r["id"]); bad += 1
            elif side(o) != "train":
                print("WRONG-SIDE", r["id"]); bad += 1
            origin_group.setdefault(o, set()).add(r["group"])
    for o, gs in origin_group.items():
        if len(gs) != 1:
            print("ORIGIN-IN-GROUPS", sorted(gs)); bad += 1
    # group sizes for written batches
    gc = Counter(r["group"] for r in recs if r["source"] in ("written", "handout-style"))
    for g, c in gc.items():
        if not 4 <= c <= 14:
            print("BATCH-SIZE", g, c); bad += 1
    # near duplicates against the existing zh-TW corpus (texts are never printed)
    others = []
    for p in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(p, CLAIMS)
        if rel.startswith("holdout3" + os.sep) or rel.startswith("train3" + os.sep):
            continue  # holdout3 must not be opened; train3 is this batch's own folder
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                d = json.loads(line)
                if d.get("lang") == "zh-TW":
                    others.append((rel, d.get("id", ""), alnum(d.get("text", ""))))
    print("compared against", len(others), "existing zh-TW records")
    mine = [(r["id"], alnum(r["text"]), r["text"]) for r in recs]
    hits = 0
    for rid, a, text in mine:
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for rel, oid, b in others:
            if not b:
                continue
            if b == a:
                print("EXACT-DUP-EXISTING", rid, "vs", rel, oid, "| mine:", text); hits += 1; break
            if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b)):
                continue
            sm.set_seq2(b)
            if sm.real_quick_ratio() <= 0.85 or sm.quick_ratio() <= 0.85:
                continue
            if sm.ratio() > 0.85:
                print("NEAR-DUP-EXISTING", rid, "vs", rel, oid, "| mine:", text); hits += 1; break
    for i in range(len(mine)):
        for j in range(i + 1, len(mine)):
            a, b = mine[i][1], mine[j][1]
            if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b)):
                continue
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("NEAR-DUP-SELF", mine[i][0], mine[j][0], "|", mine[i][2], "|", mine[j][2]); hits += 1
    return bad + hits


def main():
    recs = build()
    problems = check(recs)
    lab = Counter(r["label"] for r in recs)
    src = Counter(r["source"] for r in recs)
    total = len(recs)
    written = src["written"] + src["handout-style"]
    pages = len({r["origin"] for r in recs if r["origin"]})
    print("total", total, "pages", pages, "groups", len({r["group"] for r in recs}))
    print("labels", dict(sorted(lab.items())))
    print("none share %.1f%%" % (100 * lab["none"] / total), "written share %.1f%%" % (100 * written / total))
    print("sources", dict(sorted(src.items())))
    print("page sources (pages):", dict(Counter(s for o, s in {(r["origin"], r["source"]) for r in recs if r["origin"]})))
    fail = problems
    if total < 450: print("TOO FEW"); fail += 1
    for k in LABELS - {"none"}:
        if lab[k] < 30: print("LOW", k); fail += 1
    if not 0.45 <= lab["none"] / total <= 0.55: print("NONE SHARE"); fail += 1
    if written / total > 0.35: print("WRITTEN SHARE"); fail += 1
    if fail:
        print("NOT WRITTEN:", fail, "problem(s)"); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
