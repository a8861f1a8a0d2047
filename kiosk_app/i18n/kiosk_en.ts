<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/pages/admin.py" line="254"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="277"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="278"/>
        <source>修改管理 PIN</source>
        <translation>Change admin PIN</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="279"/>
        <source>返回服务界面</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="280"/>
        <source>退出到桌面</source>
        <translation>Exit to desktop</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="303"/>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="303"/>
        <source>未连接打印机</source>
        <translation>No printer connected</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="304"/>
        <source>找不到设置的打印机</source>
        <translation>Configured printer not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="305"/>
        <source>已暂停（请检查纸张、墨粉或卡纸）</source>
        <translation>Paused (check paper, toner or a jam)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="306"/>
        <source>不接受打印任务</source>
        <translation>Not accepting print jobs</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="309"/>
        <source>资料库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="310"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="310"/>
        <source>第 {0} 版，生成于 {1}</source>
        <translation>Version {0}, built {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="312"/>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="312"/>
        <source>文件 {0} 份，解读 {1} 篇，办事指南 {2} 项，问答 {3} 条</source>
        <translation>{0} documents, {1} interpretations, {2} service guides, {3} FAQs</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="314"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="314"/>
        <source>全文索引</source>
        <translation>Full-text index</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="315"/>
        <source>仅标题检索（全文索引不可用）</source>
        <translation>Titles only (full-text index unavailable)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="316"/>
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="316"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="316"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="317"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="320"/>
        <source>安全提示</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="320"/>
        <source>仍在使用出厂 PIN，请尽快修改。</source>
        <translation>The factory PIN is still in use. Please change it.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="321"/>
        <source>本机状态</source>
        <translation>This kiosk</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="330"/>
        <source>访问人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="331"/>
        <source>查询次数</source>
        <translation>Searches</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="332"/>
        <source>无结果查询</source>
        <translation>Searches with no result</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="333"/>
        <source>打开文件</source>
        <translation>Documents opened</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="334"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="334"/>
        <source>打印 {0} 次，共 {1} 页</source>
        <translation>Printouts: {0}; pages: {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="335"/>
        <source>申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="336"/>
        <source>热门查询</source>
        <translation>Top searches</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="337"/>
        <source>查不到的内容</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="339"/>
        <source>今日使用情况（{0}）</source>
        <translation>Usage today ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="343"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="361"/>
        <source>设置未保存：{0}</source>
        <translation>Settings not saved: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="365"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../ui/pages/apply.py" line="57"/>
        <source>依申请公开</source>
        <translation>Apply for information</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="77"/>
        <source>申请获取政府信息（依申请公开）</source>
        <translation>Applying for government information</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="79"/>
        <source>没有主动公开、您又需要的政府信息，可以向制作或保存该信息的行政机关提出申请。依据《中华人民共和国政府信息公开条例》第二十七条至第三十三条办理，申请不收取费用。</source>
        <translation>If the government information you need has not been published, you can ask the agency that made or keeps it. Applications follow articles 27 to 33 of the Regulations on Open Government Information and are free of charge.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="81"/>
        <source>申请时需要提供</source>
        <translation>What an application needs</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="83"/>
        <source>1. 申请人的姓名或者名称、身份证明、联系方式；
2. 申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；
3. 获取信息的方式：纸质或电子，自行领取、邮寄或电子邮件。</source>
        <translation>1. Your name or your organisation&apos;s name, proof of identity and contact details;
2. The title or document number of the information, or a description that identifies it;
3. How you want to receive it: on paper or electronically, collected, by post or by e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="86"/>
        <source>多久答复</source>
        <translation>When you get an answer</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="88"/>
        <source>行政机关收到申请之日起 20 个工作日内答复；需要延长的，经批准可以延长，最长不超过 20 个工作日，并会告知您。申请内容不明确的，会一次性告知需要补正的事项。</source>
        <translation>The agency answers within 20 working days of receiving the application; with approval it may extend this by up to 20 more working days and will tell you. If the application is unclear, you are told once what to add.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="90"/>
        <source>您刚才查找的是：“{0}”，可以在申请中写明。</source>
        <translation>You searched for “{0}”; you can mention it in the application.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="94"/>
        <source>开始填写申请</source>
        <translation>Start the application</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="96"/>
        <source>本机暂不受理现场申请，请到政务公开窗口或登录政府门户网站提交申请。</source>
        <translation>This kiosk does not take applications yet. Please apply at the disclosure counter or on the government portal.</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/pages/attract.py" line="86"/>
        <source>政策文件 · 政策解读 · 办事指南 · 依申请公开</source>
        <translation>Policies · Interpretations · Service guides · Information requests</translation>
    </message>
    <message>
        <location filename="../ui/pages/attract.py" line="87"/>
        <source>请触摸屏幕开始</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../ui/pages/attract.py" line="88"/>
        <source>最新发布</source>
        <translation>Latest</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../ui/widgets/badge.py" line="34"/>
        <source>现行有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="35"/>
        <source>尚未生效</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="36"/>
        <source>已修订</source>
        <translation>Amended</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="37"/>
        <source>已废止</source>
        <translation>Repealed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="38"/>
        <source>失效</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="39"/>
        <source>征集中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="40"/>
        <source>未开始</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="41"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="42"/>
        <source>免申即享</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badge.py" line="43"/>
        <source>有解读</source>
        <translation>Explained</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../ui/pages/catalogue.py" line="67"/>
        <source>主动公开目录</source>
        <translation>Disclosure catalogue</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="122"/>
        <source>请在左侧选择栏目</source>
        <translation>Choose a section on the left</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="125"/>
        <source>{0}（{1} 份文件）</source>
        <translation>{0} ({1} documents)</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="132"/>
        <source>本栏目下分为若干子栏目，请继续选择。</source>
        <translation>This section has subsections; please choose one.</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="137"/>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="137"/>
        <source>区县级</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="137"/>
        <source>街道级</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../ui/pages/catalogue.py" line="145"/>
        <source>返回上一级</source>
        <translation>Up one level</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../ui/pages/consultations.py" line="57"/>
        <source>征求意见</source>
        <translation>Public consultations</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="67"/>
        <source>征集时间：{0} 至 {1}</source>
        <translation>Open for comment: {0} to {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="69"/>
        <source>（还剩 {0} 天）</source>
        <translation>({0} days left)</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="71"/>
        <source>（{0} 天后开始）</source>
        <translation>(starts in {0} days)</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="95"/>
        <source>查看全文和反馈方式</source>
        <translation>Read the draft and how to comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="103"/>
        <source>目前没有正在征求意见的草案。</source>
        <translation>No drafts are open for comment at the moment.</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="108"/>
        <source>如何提出意见</source>
        <translation>How to comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="126"/>
        <source>以下草案正在或即将公开征求意见，欢迎提出意见建议。</source>
        <translation>These drafts are, or will soon be, open for public comment. Your views are welcome.</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="127"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="128"/>
        <source>查看草案文件</source>
        <translation>Open the draft document</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/widgets/overlays.py" line="68"/>
        <source>还在使用吗？</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/overlays.py" line="69"/>
        <source>{0} 秒后返回首页，本次查询和浏览的内容将全部清除。</source>
        <translation>Returning to the start in {0} seconds; everything from this visit will be cleared.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/overlays.py" line="71"/>
        <source>继续使用</source>
        <translation>Keep going</translation>
    </message>
</context>
<context>
    <name>EmptyPanel</name>
    <message>
        <location filename="../ui/pages/search_panels.py" line="159"/>
        <source>请输入要查找的政策</source>
        <translation>What are you looking for?</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="160"/>
        <source>可以输入文件标题中的词语、发文字号（如“济政办发〔2025〕3号”），或拼音首字母（如“zwgk”查“政务公开”）。</source>
        <translation>Type words from a title, a document number (e.g. 济政办发〔2025〕3号), or pinyin initials (e.g. “zwgk” for 政务公开).</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="162"/>
        <source>大家都在查</source>
        <translation>Popular topics</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../ui/pages/faq.py" line="37"/>
        <source>查看依据：《{0}》</source>
        <translation>Legal basis: 《{0}》</translation>
    </message>
    <message>
        <location filename="../ui/pages/faq.py" line="63"/>
        <source>来源：</source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../ui/pages/faq.py" line="88"/>
        <source>常见问答</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../ui/pages/faq.py" line="94"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../ui/pages/search_panels.py" line="123"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../ui/widgets/header.py" line="134"/>
        <source>数据更新于 {0}</source>
        <translation>Data updated {0}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="136"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="138"/>
        <source>离线（本机资料可正常查阅）</source>
        <translation>Offline (the local library works as usual)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="139"/>
        <source>需要帮助请联系大厅工作人员</source>
        <translation>Need help? Please ask the hall staff</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../ui/pages/guides.py" line="40"/>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="49"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="66"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="66"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="66"/>
        <source>办理地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="67"/>
        <source>办公时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="67"/>
        <source>咨询电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="67"/>
        <source>申请条件</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="68"/>
        <source>申请材料</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="68"/>
        <source>材料名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="68"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="69"/>
        <source>办理流程</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="69"/>
        <source>网上办理：</source>
        <translation>Online: </translation>
    </message>
    <message>
        <location filename="../ui/pages/guides.py" line="82"/>
        <source>办理依据</source>
        <translation>Legal basis</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../ui/widgets/header.py" line="91"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="92"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="93"/>
        <source>长辈模式</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../ui/widgets/header.py" line="95"/>
        <source>English</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="133"/>
        <source>欢迎使用政务公开自助查询，请触摸选择服务</source>
        <translation>Welcome to the government information kiosk. Touch a service to begin.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="134"/>
        <source>输入政策名称、文号或关键词，也可用拼音首字母</source>
        <translation>Title, document no. or keyword (pinyin initials work)</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="136"/>
        <source>政策查询</source>
        <translation>Search policies</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="136"/>
        <source>按标题、文号、关键词查找文件</source>
        <translation>Find documents by title, number or keyword</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="137"/>
        <source>政策解读</source>
        <translation>Interpretations</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="137"/>
        <source>文件配套的解读和问答</source>
        <translation>Explanations and Q&amp;A for policies</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="138"/>
        <source>主动公开目录</source>
        <translation>Disclosure catalogue</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="138"/>
        <source>市 · 区县 · 街道三级目录</source>
        <translation>City, district and subdistrict</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="139"/>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="139"/>
        <source>材料、流程、时限、地点</source>
        <translation>Documents, steps, time limits, places</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="140"/>
        <source>常见问答</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="140"/>
        <source>12345 热线高频问题</source>
        <translation>Top questions from the 12345 hotline</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="141"/>
        <source>征求意见</source>
        <translation>Public consultations</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="141"/>
        <source>正在征集意见的草案</source>
        <translation>Drafts open for comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="142"/>
        <source>惠企政策</source>
        <translation>Business support</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="142"/>
        <source>按行业、规模匹配适用政策</source>
        <translation>Policies for your industry and size</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="143"/>
        <source>依申请公开</source>
        <translation>Apply for information</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="143"/>
        <source>没找到需要的信息？现场申请</source>
        <translation>Can&apos;t find it? Apply here</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="147"/>
        <source>最新发布</source>
        <translation>Latest</translation>
    </message>
</context>
<context>
    <name>InterpretationsPage</name>
    <message>
        <location filename="../ui/pages/interpretations.py" line="37"/>
        <source>政策解读</source>
        <translation>Interpretations</translation>
    </message>
    <message>
        <location filename="../ui/pages/interpretations.py" line="44"/>
        <source>解读文件：《{0}》</source>
        <translation>Interprets: 《{0}》</translation>
    </message>
    <message>
        <location filename="../ui/pages/interpretations.py" line="56"/>
        <source>政策文件配套的文字解读、图解和问答。点击查看解读及对应的政策原文。</source>
        <translation>Written explanations, illustrated guides and Q&amp;A that come with policies. Tap one to read it with the policy.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../ui/widgets/keypad.py" line="42"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/widgets/keypad.py" line="43"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>抱歉，刚才的操作没有完成</source>
        <translation>Sorry, that did not work</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="288"/>
        <source>系统已回到首页，请重新选择。如多次出现，请联系大厅工作人员。</source>
        <translation>The kiosk is back at the start; please choose again. If this keeps happening, please ask the hall staff.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../ui/widgets/overlays.py" line="94"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../ui/pages/pin.py" line="58"/>
        <source>管理员验证</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="112"/>
        <source>PIN 不正确，还可以再试 {0} 次</source>
        <translation>Wrong PIN; {0} attempts left</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="120"/>
        <source>PIN 需要 4 到 12 位数字</source>
        <translation>The PIN must be 4 to 12 digits</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="127"/>
        <source>两次输入不一致，请重新设置</source>
        <translation>The two PINs differ; please start again</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="132"/>
        <source>管理 PIN 已修改</source>
        <translation>Admin PIN changed</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="146"/>
        <source>请输入管理 PIN</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="146"/>
        <source>请输入新的管理 PIN（4–12 位数字）</source>
        <translation>Enter a new admin PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="147"/>
        <source>请再输入一次新的管理 PIN</source>
        <translation>Enter the new PIN again</translation>
    </message>
    <message>
        <location filename="../ui/pages/pin.py" line="151"/>
        <source>错误次数过多，管理入口已锁定，请 {0} 分钟后再试</source>
        <translation>Too many wrong PINs; locked. Try again in {0} minutes</translation>
    </message>
</context>
<context>
    <name>PolicyMatchPage</name>
    <message>
        <location filename="../ui/pages/policy_match.py" line="51"/>
        <source>惠企政策</source>
        <translation>Business support</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="54"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="54"/>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="55"/>
        <source>人员类型</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="66"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="86"/>
        <source>适用政策 {0} 项</source>
        <translation>{0} policies apply</translation>
    </message>
    <message>
        <location filename="../ui/pages/policy_match.py" line="94"/>
        <source>没有完全匹配的政策，可以把某一项改为“不限”再看看。</source>
        <translation>Nothing matches exactly; try setting one choice to “Any”.</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="18"/>
        <source>本机暂未连接打印机</source>
        <translation>No printer is connected to this kiosk</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="19"/>
        <source>找不到本机的打印机</source>
        <translation>This kiosk&apos;s printer cannot be found</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="20"/>
        <source>打印机暂停使用</source>
        <translation>The printer is paused</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="21"/>
        <source>打印机暂不接受打印</source>
        <translation>The printer is not accepting print jobs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="51"/>
        <source>现在无法打印。请用手机扫描下方二维码查看和保存原文，或联系大厅工作人员。</source>
        <translation>Printing is not possible right now. Scan the QR code below with your phone to read and save the original, or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="54"/>
        <source>现在无法打印。请联系大厅工作人员获取纸质材料。</source>
        <translation>Printing is not possible right now. Please ask the hall staff for a paper copy.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="56"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../ui/pages/reader_views.py" line="103"/>
        <source>请输入条号数字，例如 12</source>
        <translation>Enter an article number, e.g. 12</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader_views.py" line="108"/>
        <source>本文件没有{0}</source>
        <translation>This document has no {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader_views.py" line="116"/>
        <source>跳到第</source>
        <translation>Go to article</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader_views.py" line="117"/>
        <source>条</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader_views.py" line="118"/>
        <source>跳转</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../ui/pages/reader.py" line="129"/>
        <source>文件阅读</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="143"/>
        <source>没有找到这份文件</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="144"/>
        <source>它可能已从本机资料库中移除。请返回重新查询。</source>
        <translation>It may have been removed from this kiosk&apos;s library. Please go back and search again.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="175"/>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="176"/>
        <source>手机扫码查看原文</source>
        <translation>Scan to read the original on your phone</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="177"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="236"/>
        <source>索引号</source>
        <translation>Index no.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="237"/>
        <source>发布机构</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="238"/>
        <source>组配分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="239"/>
        <source>发文字号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="240"/>
        <source>成文日期</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="241"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="242"/>
        <source>有效性</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="244"/>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="251"/>
        <source>本文件正文未收录，请扫码查看原文。</source>
        <translation>The full text is not in this library; scan the code to read the original.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="252"/>
        <source>问：</source>
        <translation>Q: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="252"/>
        <source>答：</source>
        <translation>A: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="252"/>
        <source>图解：</source>
        <translation>Illustration: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="259"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="260"/>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="261"/>
        <source>政策解读（{0}）</source>
        <translation>Interpretations ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="262"/>
        <source>历次修订（{0}）</source>
        <translation>Versions ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="278"/>
        <source>本文件已被修订，这是历史版本，仅供查阅参考。</source>
        <translation>This document has been amended. This is an earlier version, for reference only.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="280"/>
        <source>本文件尚未生效，施行日期：{0}。</source>
        <translation>This document is not yet in force; it takes effect on {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="282"/>
        <source>本文件已废止或失效，不再执行，仅供查阅参考。</source>
        <translation>This document has been repealed or has expired. It is for reference only.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="286"/>
        <source>查看现行有效版本</source>
        <translation>Open the version in force</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="287"/>
        <source>现行有效版本：《{0}》</source>
        <translation>In force now: 《{0}》</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="333"/>
        <source>停止朗读</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="333"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="384"/>
        <source>本次打印次数已用完</source>
        <translation>Print limit reached</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="385"/>
        <source>每位访客每次最多打印 {0} 份。需要更多纸质材料，请联系大厅工作人员。</source>
        <translation>Each visit can print up to {0} documents. For more copies, please ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="392"/>
        <source>本次打印页数已用完</source>
        <translation>You have used this visit&apos;s printing pages</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="393"/>
        <source>每位访客每次最多打印 {0} 页。请用手机扫描二维码查看原文，或联系大厅工作人员。</source>
        <translation>Each visit may print at most {0} pages. Scan the QR code to read the original on your phone, or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="396"/>
        <source>今天的打印页数已用完</source>
        <translation>Today&apos;s printing pages are used up</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="397"/>
        <source>本机今天最多打印 {0} 页，已经用完。请用手机扫描二维码查看原文，或联系大厅工作人员。</source>
        <translation>This kiosk prints at most {0} pages a day, and they are used up. Scan the QR code to read the original on your phone, or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="348"/>
        <source>正在准备打印，请稍候…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="372"/>
        <source>已开始打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="373"/>
        <source>共 {0} 页，请在出纸口取走打印件。</source>
        <translation>{0} pages. Please collect them from the printer slot.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="388"/>
        <source>文件较长，本机不便打印</source>
        <translation>Too long to print here</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="389"/>
        <source>这份文件打印出来有 {0} 页，超过本机单次 {1} 页的上限。请用手机扫描二维码查看原文。</source>
        <translation>This document would print {0} pages, more than this kiosk&apos;s limit of {1}. Please scan the QR code to read it on your phone.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/pages/search.py" line="122"/>
        <source>政策查询</source>
        <translation>Search policies</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="156"/>
        <source>输入政策名称、文号或关键词</source>
        <translation>Policy title, document number or keyword</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="157"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="158"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="159"/>
        <source>猜您想找：</source>
        <translation>Suggestions:</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="249"/>
        <source>查询暂时不可用，请稍后再试或咨询工作人员。</source>
        <translation>Search is not available right now. Please try again later or ask the staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/search.py" line="262"/>
        <source>共找到 {0} 条结果</source>
        <translation>{0} results</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="107"/>
        <source>大厅名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="108"/>
        <source>显示在首页和每张打印件页眉上的场所名称。</source>
        <translation>Name of the venue on the home screen and on every printed page.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="111"/>
        <source>本地文件在查询结果中排在前面，例如“济南”或“山东/济南”。</source>
        <translation>Local documents rank first in search results, e.g. 济南 or 山东/济南.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="113"/>
        <source>无操作返回首页</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="114"/>
        <source>无人操作这么久后清空本次使用的全部内容并回到首页。</source>
        <translation>After this long without a touch, the visit is wiped and the kiosk returns home.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="115"/>
        <location filename="../core/settings.py" line="119"/>
        <location filename="../core/settings.py" line="123"/>
        <source>秒</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="117"/>
        <source>返回前倒计时</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="118"/>
        <source>返回首页之前显示倒计时的秒数，期间触摸屏幕即可继续使用。</source>
        <translation>Seconds of visible countdown before returning home; a touch cancels it.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="121"/>
        <source>首页待机轮播</source>
        <translation>Attract loop after</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="122"/>
        <source>首页无人操作这么久后开始轮播最新政策。</source>
        <translation>After this long idle at home, the latest policies start rotating.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="125"/>
        <source>默认语言</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="126"/>
        <source>每次回到首页时使用的界面语言。</source>
        <translation>Interface language each visit starts in.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="129"/>
        <source>单次打印页数上限</source>
        <translation>Max pages per printout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="130"/>
        <source>超过这个页数的文件不在本机打印，请访客扫码查看原文。</source>
        <translation>Longer documents are not printed here; visitors scan the QR code instead.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="131"/>
        <location filename="../core/settings.py" line="139"/>
        <location filename="../core/settings.py" line="143"/>
        <source>页</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="133"/>
        <source>每位访客打印次数</source>
        <translation>Printouts per visit</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="134"/>
        <source>一次使用（回到首页前）最多打印的份数；0 表示关闭打印。</source>
        <translation>How many printouts one visit may make; 0 turns printing off.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="135"/>
        <location filename="../core/settings.py" line="154"/>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="137"/>
        <source>每位访客打印页数</source>
        <translation>Pages per visit</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="138"/>
        <source>一次使用（回到首页前）最多打印的总页数；0 表示不限。</source>
        <translation>Total pages one visit (until back at home) may print; 0 means no limit.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="141"/>
        <source>每日打印页数</source>
        <translation>Pages per day</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="142"/>
        <source>本机每天最多打印的总页数（纸张和耗材预算）；0 表示不限。</source>
        <translation>Total pages this kiosk prints per day (paper and toner budget); 0 means no limit.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="145"/>
        <source>打印机名称</source>
        <translation>Printer name</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="146"/>
        <source>系统打印队列的名称；留空使用默认打印机。</source>
        <translation>Name of the system print queue; empty for the default printer.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="148"/>
        <source>朗读语音</source>
        <translation>Read-aloud voice</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="149"/>
        <source>朗读使用名称中含有这段文字的语音；找不到时不显示朗读按钮。</source>
        <translation>Read-aloud uses the voice whose name contains this text; without one, the button is hidden.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="152"/>
        <source>PIN 错误次数上限</source>
        <translation>Wrong PINs before lockout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="153"/>
        <source>连续输错这么多次后暂时锁定管理入口。</source>
        <translation>After this many wrong PINs in a row, staff sign-in is locked for a while.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="156"/>
        <source>锁定时长</source>
        <translation>Lockout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="157"/>
        <source>管理入口被锁定的分钟数。</source>
        <translation>Minutes the staff sign-in stays locked.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="158"/>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="160"/>
        <source>管理 PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="161"/>
        <source>管理入口 PIN 的加盐散列；为空时使用出厂 PIN，管理界面会提示修改。</source>
        <translation>Salted hash of the admin PIN; empty means the factory PIN, which the admin screen asks to change.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../ui/pages/admin.py" line="92"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="93"/>
        <source>资料库版本</source>
        <translation>Library version</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="94"/>
        <source>同步状态</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="95"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="96"/>
        <source>上次同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="98"/>
        <source>第 {0} 版，生成于 {1}</source>
        <translation>Version {0}, built {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="101"/>
        <source>（已下载第 {0} 版，访客离开后启用）</source>
        <translation>(version {0} downloaded; switches in when no visitor is using the kiosk)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="104"/>
        <source>正在检查更新</source>
        <translation>Checking for updates</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="104"/>
        <source>正在下载</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="105"/>
        <source>正在更新资料库</source>
        <translation>Updating the library</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="105"/>
        <source>等待访客离开后切换</source>
        <translation>Waiting for the visitor to leave before switching</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="106"/>
        <source>正在切换版本</source>
        <translation>Switching versions</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="106"/>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="106"/>
        <source>上次同步失败</source>
        <translation>Last sync failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="108"/>
        <source>未配置同步（使用本机资料库）</source>
        <translation>Sync not configured (using the local library)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="110"/>
        <location filename="../ui/pages/admin.py" line="138"/>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="112"/>
        <location filename="../ui/pages/admin.py" line="135"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="121"/>
        <source>已下载 {0} / {1}，记录 {2} / {3}</source>
        <translation>Downloaded {0} / {1}, records {2} / {3}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="128"/>
        <source>失败（{0}）：{1}</source>
        <translation>Failed ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="133"/>
        <source>成功（{0}）</source>
        <translation>Succeeded ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="138"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="141"/>
        <source>本机尚未配置同步（没有 {0}），请联系技术人员。</source>
        <translation>This kiosk is not set up for sync (no {0}); please contact technical staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="145"/>
        <source>网络不通或中断，下次同步会继续下载</source>
        <translation>The network is down or was interrupted; the next sync resumes the download</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="146"/>
        <source>更新未通过安全校验，已拒绝</source>
        <translation>The update failed its security check and was refused</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="147"/>
        <source>磁盘空间不足</source>
        <translation>Not enough disk space</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="148"/>
        <source>资料库更新未能应用</source>
        <translation>The library update could not be applied</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="149"/>
        <source>中心资料库提供的版本不可用</source>
        <translation>The version offered by the central library is unusable</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="150"/>
        <source>有访客正在使用，或另一次同步正在进行</source>
        <translation>A visitor is using the kiosk, or another sync is running</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="151"/>
        <source>同步配置有误</source>
        <translation>The sync configuration is wrong</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="152"/>
        <source>同步出错</source>
        <translation>Sync error</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../ui/widgets/timeline.py" line="31"/>
        <source>日期不详</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.py" line="37"/>
        <source>正在阅读</source>
        <translation>Reading now</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.py" line="38"/>
        <source>点击查看此版本</source>
        <translation>Tap to open this version</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.py" line="87"/>
        <source>历次版本（共 {0} 个）</source>
        <translation>All versions ({0})</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.py" line="98"/>
        <source>制定与修订沿革</source>
        <translation>Enactment and amendments</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>现行有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>已修订</source>
        <translation>Amended</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>已废止</source>
        <translation>Repealed</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>失效</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>尚未生效</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>国家</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>街道乡镇</source>
        <translation>Subdistrict/town</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>街道</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>法律</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="28"/>
        <source>行政法规</source>
        <translation>Administrative regulation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29"/>
        <source>地方性法规</source>
        <translation>Local regulation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>司法解释</source>
        <translation>Judicial interpretation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>部门规章</source>
        <translation>Departmental rule</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>地方政府规章</source>
        <translation>Local government rule</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>规范性文件</source>
        <translation>Normative document</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>宪法</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35"/>
        <source>工作要点</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>文字解读</source>
        <translation>Written explanation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>图解</source>
        <translation>Illustrated guide</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39"/>
        <source>问答</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="47"/>
        <source>有效性</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ZeroPanel</name>
    <message>
        <location filename="../ui/pages/search_panels.py" line="216"/>
        <source>没有找到与“{0}”相关的文件</source>
        <translation>Nothing found for “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="217"/>
        <source>可以减少关键词、检查错别字，或换一种说法再试。</source>
        <translation>Try fewer words, check the spelling, or say it another way.</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="218"/>
        <source>您可以试试：</source>
        <translation>You could try:</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="219"/>
        <source>仍然找不到？可以申请政府信息公开</source>
        <translation>Still can&apos;t find it? Apply for the information</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="220"/>
        <source>没有主动公开的政府信息，公民、法人和其他组织可以向行政机关申请获取。本机可以现场提交申请，一般在 20 个工作日内答复。</source>
        <translation>Citizens and organisations can ask agencies for government information that has not been published. Applications are usually answered within 20 working days.</translation>
    </message>
    <message>
        <location filename="../ui/pages/search_panels.py" line="222"/>
        <source>申请政府信息公开</source>
        <translation>Apply for information</translation>
    </message>
</context>
</TS>
