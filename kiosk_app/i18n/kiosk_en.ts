<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/pages/admin.py" line="260"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="290"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="291"/>
        <source>修改管理 PIN</source>
        <translation>Change admin PIN</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="292"/>
        <source>返回服务界面</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="293"/>
        <source>退出到桌面</source>
        <translation>Exit to desktop</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="316"/>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="316"/>
        <source>未连接打印机</source>
        <translation>No printer connected</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="317"/>
        <source>找不到设置的打印机</source>
        <translation>Configured printer not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="318"/>
        <source>已暂停（请检查纸张、墨粉或卡纸）</source>
        <translation>Paused (check paper, toner or a jam)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="319"/>
        <source>不接受打印任务</source>
        <translation>Not accepting print jobs</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="322"/>
        <source>资料库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="323"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="323"/>
        <source>第 {0} 版，生成于 {1}</source>
        <translation>Version {0}, built {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="325"/>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="325"/>
        <source>文件 {0} 份，解读 {1} 篇，办事指南 {2} 项，问答 {3} 条</source>
        <translation>{0} documents, {1} interpretations, {2} service guides, {3} FAQs</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="327"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="327"/>
        <source>全文索引</source>
        <translation>Full-text index</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="328"/>
        <source>仅标题检索（全文索引不可用）</source>
        <translation>Titles only (full-text index unavailable)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="329"/>
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="329"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="329"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="330"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="333"/>
        <source>安全提示</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="333"/>
        <source>仍在使用出厂 PIN，请尽快修改。</source>
        <translation>The factory PIN is still in use. Please change it.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="334"/>
        <source>本机状态</source>
        <translation>This kiosk</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="343"/>
        <source>访问人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="344"/>
        <source>查询次数</source>
        <translation>Searches</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="345"/>
        <source>无结果查询</source>
        <translation>Searches with no result</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="346"/>
        <source>打开文件</source>
        <translation>Documents opened</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="347"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="347"/>
        <source>打印 {0} 次，共 {1} 页</source>
        <translation>Printouts: {0}; pages: {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="348"/>
        <source>申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="348"/>
        <source>开始填写 {0} 次，提交 {1} 件</source>
        <translation>{0} started, {1} submitted</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="350"/>
        <source>意见建议</source>
        <translation>Opinions and suggestions</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="350"/>
        <source>意见 {0} 条，建议 {1} 条</source>
        <translation>{0} opinions, {1} suggestions</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="351"/>
        <source>热门查询</source>
        <translation>Top searches</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="352"/>
        <source>查不到的内容</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="354"/>
        <source>今日使用情况（{0}）</source>
        <translation>Usage today ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="358"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="376"/>
        <source>设置未保存：{0}</source>
        <translation>Settings not saved: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="380"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="459"/>
        <source>正在补打回执…</source>
        <translation>Reprinting the receipt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="465"/>
        <source>回执已补打</source>
        <translation>Receipt reprinted</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="465"/>
        <source>请将回执交给申请人。</source>
        <translation>Please hand the receipt to the applicant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="467"/>
        <source>打印机现在不能打印</source>
        <translation>The printer cannot print now</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="468"/>
        <source>请检查打印机（纸张、卡纸、连接）后再补打。</source>
        <translation>Please check the printer (paper, jams, connection), then reprint.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="470"/>
        <source>补打没有完成</source>
        <translation>The reprint did not finish</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="470"/>
        <source>请检查打印机后再试一次。</source>
        <translation>Please check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="475"/>
        <source>删除没有完成</source>
        <translation>The receipt was not deleted</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="475"/>
        <source>请稍后再试，或联系技术支持。</source>
        <translation>Please try again later, or contact technical support.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="25"/>
        <source>居民身份证</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="26"/>
        <source>港澳台居民居住证</source>
        <translation>Residence permit (HK/Macao/Taiwan residents)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="27"/>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit (HK/Macao)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="28"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="29"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="201"/>
        <source>申请人信息</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="219"/>
        <source>请填写单位信息和经办联系人。</source>
        <translation>Enter the organisation&apos;s details and the person handling the application.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="220"/>
        <source>请填写申请人本人的姓名和身份证件。证件号码只用于核实身份，提交前会再请您核对。</source>
        <translation>Enter the applicant&apos;s own name and identity document. The number is used only to verify identity; you will check it again before submitting.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="221"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="222"/>
        <source>证件类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="224"/>
        <source>18位，最后一位可能是X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="225"/>
        <source>18位，以810000、820000或830000开头</source>
        <translation>18 characters, starting 810000, 820000 or 830000</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="226"/>
        <source>H或M开头，后面8位或10位数字</source>
        <translation>H or M followed by 8 or 10 digits</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="227"/>
        <source>8位数字</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="228"/>
        <source>按护照上的号码填写，字母和数字</source>
        <translation>As printed in the passport, letters and digits</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="229"/>
        <source>证件号码</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="230"/>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="230"/>
        <source>与营业执照或登记证书上的名称一致</source>
        <translation>As on the business licence or registration certificate</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="231"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="231"/>
        <source>18位，见营业执照或登记证书</source>
        <translation>18 characters, on the business licence or registration certificate</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="232"/>
        <source>联系人姓名</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../core/intake/labels.py" line="24"/>
        <source>公民</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="25"/>
        <source>法人或者其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="28"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="29"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="32"/>
        <source>现场领取</source>
        <translation>Collect in person</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="33"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="34"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="37"/>
        <source>居民身份证</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="38"/>
        <source>港澳台居民居住证</source>
        <translation>Residence permit (HK/Macao/Taiwan residents)</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="39"/>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit (HK/Macao)</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="40"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="41"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="45"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="46"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="47"/>
        <source>证件类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="48"/>
        <source>证件号码</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="49"/>
        <source>名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="50"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="51"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="52"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="53"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="54"/>
        <source>通信地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="55"/>
        <source>邮政编码</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="56"/>
        <source>所需信息名称</source>
        <translation>Title of the information</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="57"/>
        <source>文号</source>
        <translation>Document reference (文号)</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="58"/>
        <source>所需信息描述</source>
        <translation>Description of the information</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="59"/>
        <source>受理机关</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="60"/>
        <source>获取方式</source>
        <translation>How to receive it</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="61"/>
        <source>代为填写</source>
        <translation>Filled in by staff</translation>
    </message>
</context>
<context>
    <name>ApplyFormPage</name>
    <message>
        <location filename="../ui/pages/apply_form.py" line="116"/>
        <source>依申请公开</source>
        <translation>Apply for information</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="124"/>
        <source>本机暂不受理现场申请</source>
        <translation>This kiosk does not take applications at present</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="125"/>
        <source>请到政务公开窗口或登录政府门户网站提交申请。</source>
        <translation>Please apply at the government information counter or on the government portal website.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="157"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="158"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="159"/>
        <source>提交申请</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="218"/>
        <source>第 {0} 步，共 {1} 步</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="220"/>
        <source>工作人员代为填写</source>
        <translation>Filled in by staff</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="221"/>
        <source>代为填写：工作人员 {0}</source>
        <translation>Filled in by staff member {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="384"/>
        <source>正在提交申请，请稍候…</source>
        <translation>Submitting your application, please wait…</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="391"/>
        <source>正在打印回执，请稍候…</source>
        <translation>Printing the receipt, please wait…</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="436"/>
        <source>申请没有提交成功，您填写的内容仍保留在本页。</source>
        <translation>The application was not submitted. Everything you entered is still here.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="438"/>
        <source>申请暂时无法提交</source>
        <translation>The application cannot be submitted now</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_form.py" line="439"/>
        <source>本机暂时无法保存申请，您的申请没有提交。请稍后再试，或到政务公开窗口提交；如多次出现，请联系大厅工作人员。</source>
        <translation>This kiosk cannot store applications at the moment, so yours was not submitted. Please try again later or apply at the government information counter; if this keeps happening, please ask the hall staff.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../ui/pages/apply.py" line="65"/>
        <source>依申请公开</source>
        <translation>Apply for information</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="84"/>
        <source>申请获取政府信息（依申请公开）</source>
        <translation>Applying for government information</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="86"/>
        <source>没有主动公开、您又需要的政府信息，可以向制作或保存该信息的行政机关提出申请。依据《中华人民共和国政府信息公开条例》第二十七条至第三十三条办理，申请不收取费用。</source>
        <translation>If the government information you need has not been published, you can ask the agency that made or keeps it. Applications follow articles 27 to 33 of the Regulations on Open Government Information and are free of charge.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="88"/>
        <source>申请时需要提供</source>
        <translation>What an application needs</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="90"/>
        <source>1. 申请人的姓名或者名称、身份证明、联系方式；
2. 申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；
3. 获取信息的方式：纸质或电子，自行领取、邮寄或电子邮件。</source>
        <translation>1. Your name or your organisation&apos;s name, proof of identity and contact details;
2. The title or document number of the information, or a description that identifies it;
3. How you want to receive it: on paper or electronically, collected, by post or by e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="93"/>
        <source>多久答复</source>
        <translation>When you get an answer</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="95"/>
        <source>行政机关收到申请之日起 20 个工作日内答复；需要延长的，经批准可以延长，最长不超过 20 个工作日，并会告知您。申请内容不明确的，会一次性告知需要补正的事项。</source>
        <translation>The agency answers within 20 working days of receiving the application; with approval it may extend this by up to 20 more working days and will tell you. If the application is unclear, you are told once what to add.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="97"/>
        <source>您刚才查找的是：“{0}”，可以在申请中写明。</source>
        <translation>You searched for “{0}”; you can mention it in the application.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="101"/>
        <source>开始填写申请</source>
        <translation>Start the application</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="103"/>
        <source>查询办理进度</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply.py" line="105"/>
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
    <name>ConsentStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="391"/>
        <source>个人信息处理告知</source>
        <translation>Personal information notice</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="394"/>
        <source>提交前，请阅读以下告知。</source>
        <translation>Please read this notice before you submit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="395"/>
        <source>以下法律告知只有中文版本，工作人员可以为您讲解。</source>
        <translation>The legal notice below is in Chinese; staff can explain it.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="399"/>
        <source>我已阅读并同意按上述告知处理我的个人信息</source>
        <translation>I have read the notice and agree to my personal information being handled as it describes</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../ui/pages/consultations.py" line="69"/>
        <source>征求意见</source>
        <translation>Public consultations</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="79"/>
        <source>征集时间：{0} 至 {1}</source>
        <translation>Open for comment: {0} to {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="81"/>
        <source>（还剩 {0} 天）</source>
        <translation>({0} days left)</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="83"/>
        <source>（{0} 天后开始）</source>
        <translation>(starts in {0} days)</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="121"/>
        <location filename="../ui/pages/consultations.py" line="164"/>
        <source>提出意见</source>
        <translation>Give your opinion</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="124"/>
        <source>查看全文和反馈方式</source>
        <translation>Read the draft and how to comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="134"/>
        <source>目前没有正在征求意见的草案。</source>
        <translation>No drafts are open for comment at the moment.</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="139"/>
        <source>如何提出意见</source>
        <translation>How to comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="161"/>
        <source>以下草案正在或即将公开征求意见，欢迎提出意见建议。</source>
        <translation>These drafts are, or will soon be, open for public comment. Your views are welcome.</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="162"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../ui/pages/consultations.py" line="163"/>
        <source>查看草案文件</source>
        <translation>Open the draft document</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="337"/>
        <source>联系方式</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="345"/>
        <source>请至少填写一种联系方式，便于受理机关联系您、送达答复。</source>
        <translation>Enter at least one way to reach you, so the office can contact you and send its reply.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="346"/>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="346"/>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="347"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="347"/>
        <source>选择电子邮件获取时必填</source>
        <translation>Required for delivery by e-mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="348"/>
        <source>通信地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="348"/>
        <source>选择邮寄时必填，请写到门牌号</source>
        <translation>Required for delivery by post; include the house number</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="349"/>
        <source>邮政编码</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="349"/>
        <source>6位数字</source>
        <translation>6 digits</translation>
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
    <name>DeflectionPanel</name>
    <message>
        <location filename="../ui/pages/apply_deflect.py" line="114"/>
        <source>以下信息已主动公开，可直接查看或打印</source>
        <translation>Already published: view or print it now</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_deflect.py" line="115"/>
        <source>已公开的信息不需要申请。点一下即可查看，看完按“返回”继续填写。</source>
        <translation>Published information needs no application. Tap to view it, then press Back to continue the form.</translation>
    </message>
</context>
<context>
    <name>DeliveryStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="310"/>
        <location filename="../ui/pages/apply_steps.py" line="316"/>
        <source>获取方式</source>
        <translation>How to receive it</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="313"/>
        <source>请选择您希望以什么形式、通过什么方式获取信息。</source>
        <translation>Choose in what form and by which way you want to receive the information.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="314"/>
        <source>信息载体</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="315"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="315"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="317"/>
        <source>现场领取</source>
        <translation>Collect in person</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="317"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="318"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>DiscardConfirm</name>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="184"/>
        <source>删除这张未打印的回执？</source>
        <translation>Delete this unprinted receipt?</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="185"/>
        <source>查询码 {0}。删除后不能再补打这张回执。申请本身已经保存，仍会照常送交受理机关，不受影响。</source>
        <translation>Tracking code {0}. Once deleted, this receipt cannot be reprinted. The application itself is stored and will reach the office as usual.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="187"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="188"/>
        <source>删除回执</source>
        <translation>Delete receipt</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../ui/pages/apply_review.py" line="185"/>
        <source>申请已提交</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="201"/>
        <source>完成，返回首页</source>
        <translation>Done, go home</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="202"/>
        <source>重新打印回执</source>
        <translation>Print receipt again</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="203"/>
        <source>查询码（请妥善保管，查询办理进度时使用）</source>
        <translation>Tracking code (keep it safe; you need it to check progress)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="204"/>
        <source>扫码查询办理进度</source>
        <translation>Scan to check progress</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="213"/>
        <source>您的申请已提交，受理机关将依法答复</source>
        <translation>Your application is submitted; the office will reply as the law requires</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="218"/>
        <source>受理时间：{0}
答复期限：{1}前（自受理之日起20个工作日）</source>
        <translation>Received: {0}
Reply by: {1} (20 working days from receipt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="221"/>
        <source>受理时间：{0}
答复期限以受理机关的通知为准。</source>
        <translation>Received: {0}
The office will tell you the reply date.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="222"/>
        <source>可在本机“依申请公开”中点“查询办理进度”，输入查询码查看办理情况。</source>
        <translation>To follow it, open &quot;Apply for information&quot; on this kiosk, tap &quot;Check progress&quot; and enter the tracking code.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="226"/>
        <source>回执已打印，请在出纸口取走并妥善保管。</source>
        <translation>The receipt has printed. Please take it from the tray and keep it safe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="228"/>
        <source>您的申请已保存，但回执暂时无法生成。请记下上面的查询码，或请大厅工作人员协助。</source>
        <translation>Your application is stored, but its receipt cannot be made now. Please note the tracking code above, or ask the hall staff for help.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="230"/>
        <source>打印机暂时无法打印回执。您的申请已经保存，不受影响；请记下或拍下本页的查询码，也可以请大厅工作人员补打回执。</source>
        <translation>The printer cannot print the receipt now. Your application is stored and is not affected; please note or photograph the tracking code on this screen, or ask the hall staff to print the receipt later.</translation>
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
    <name>FormField</name>
    <message>
        <location filename="../ui/widgets/form_field.py" line="76"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/widgets/form_field.py" line="76"/>
        <source>选填</source>
        <translation>Optional</translation>
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
        <location filename="../ui/pages/home.py" line="167"/>
        <source>欢迎使用政务公开自助查询，请触摸选择服务</source>
        <translation>Welcome to the government information kiosk. Touch a service to begin.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="168"/>
        <source>输入政策名称、文号或关键词，也可用拼音首字母</source>
        <translation>Title, document no. or keyword (pinyin initials work)</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="170"/>
        <source>政策查询</source>
        <translation>Search policies</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="170"/>
        <source>按标题、文号、关键词查找文件</source>
        <translation>Find documents by title, number or keyword</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="171"/>
        <source>政策解读</source>
        <translation>Interpretations</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="171"/>
        <source>文件配套的解读和问答</source>
        <translation>Explanations and Q&amp;A for policies</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="172"/>
        <source>主动公开目录</source>
        <translation>Disclosure catalogue</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="172"/>
        <source>市 · 区县 · 街道三级目录</source>
        <translation>City, district and subdistrict</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="173"/>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="173"/>
        <source>材料、流程、时限、地点</source>
        <translation>Documents, steps, time limits, places</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="174"/>
        <source>常见问答</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="174"/>
        <source>12345 热线高频问题</source>
        <translation>Top questions from the 12345 hotline</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="175"/>
        <source>征求意见</source>
        <translation>Public consultations</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="175"/>
        <source>正在征集意见的草案</source>
        <translation>Drafts open for comment</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="176"/>
        <source>惠企政策</source>
        <translation>Business support</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="176"/>
        <source>按行业、规模匹配适用政策</source>
        <translation>Policies for your industry and size</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="177"/>
        <source>依申请公开</source>
        <translation>Apply for information</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="177"/>
        <source>没找到需要的信息？现场申请</source>
        <translation>Can&apos;t find it? Apply here</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="181"/>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="182"/>
        <source>申请查询（输入查询码）</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="183"/>
        <source>最新发布</source>
        <translation>Latest</translation>
    </message>
</context>
<context>
    <name>IntakeStatus</name>
    <message>
        <location filename="../core/intake/labels.py" line="66"/>
        <source>政府信息公开申请</source>
        <translation>Application for government information</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="67"/>
        <source>征求意见</source>
        <translation>Opinion on a consultation</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="68"/>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="71"/>
        <source>已提交，等待转交受理机关</source>
        <translation>Submitted; waiting to be passed to the office</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="72"/>
        <source>已转交受理机关</source>
        <translation>Passed to the office</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="75"/>
        <source>受理机关已收到</source>
        <translation>Received by the office</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="76"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="77"/>
        <location filename="../core/intake/labels.py" line="85"/>
        <source>需要补正申请内容</source>
        <translation>The application needs to be completed</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="78"/>
        <source>已收到补正材料</source>
        <translation>Completed application received</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="79"/>
        <source>正在征求第三方或其他机关意见</source>
        <translation>Consulting a third party or another authority</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="80"/>
        <source>已延长答复期限</source>
        <translation>Reply period extended</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="81"/>
        <source>已答复（办结）</source>
        <translation>Replied (closed)</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="82"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="83"/>
        <source>已转交主管部门</source>
        <translation>Passed to the responsible authority</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="86"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="87"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="90"/>
        <source>在自助终端提交</source>
        <translation>Submitted at the kiosk</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="91"/>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="94"/>
        <source>已超过答复期限，您可以向受理机关咨询。</source>
        <translation>The reply date has passed. You can ask the office about your application.</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="95"/>
        <source>请按受理机关的补正通知补充申请内容；答复期限自收到补正后的申请之日起重新计算。</source>
        <translation>Please complete your application as the office&apos;s notice asks. The reply period starts again on the day the office receives the completed application.</translation>
    </message>
    <message>
        <location filename="../core/intake/labels.py" line="97"/>
        <source>申请已保存在本终端，联网后将自动转交受理机关。</source>
        <translation>Your application is saved on this kiosk and will be passed to the office automatically once the kiosk is online.</translation>
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
        <location filename="../ui/main_window.py" line="296"/>
        <source>抱歉，刚才的操作没有完成</source>
        <translation>Sorry, that did not work</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="297"/>
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
    <name>OpinionFields</name>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="176"/>
        <source>已输入 {0} / {1} 字</source>
        <translation>{0} / {1} characters</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="180"/>
        <source>我已阅读上述告知，同意留下姓名或联系方式</source>
        <translation>I have read the notice and agree to leave my name or contact details</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="194"/>
        <source>以下法律告知只有中文版本，工作人员可以为您讲解。</source>
        <translation>The legal notice below is in Chinese; staff can explain it.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="195"/>
        <source>主题（可不填）</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="195"/>
        <source>例如：办事服务、政务公开、本机使用</source>
        <translation>For example: services, open government, this kiosk</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="196"/>
        <source>您的意见（必填）</source>
        <translation>Your opinion (required)</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="197"/>
        <source>请写明意见和理由，点击输入框可打开屏幕键盘，支持拼音输入。</source>
        <translation>Write your opinion and your reasons. Tap the box to open the on-screen keyboard (pinyin supported).</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="198"/>
        <source>联系方式（可不填）</source>
        <translation>Contact details (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="199"/>
        <source>可以匿名提交。希望有关部门与您联系的，请留下姓名和手机号码或电子邮箱。</source>
        <translation>You may stay anonymous. If you would like to be contacted, leave your name and a mobile number or e-mail address.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="200"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="201"/>
        <source>手机号码或电子邮箱</source>
        <translation>Mobile number or e-mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="202"/>
        <location filename="../ui/pages/opinion_form.py" line="203"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion_form.py" line="204"/>
        <source>在这里输入您的意见</source>
        <translation>Type your opinion here</translation>
    </message>
</context>
<context>
    <name>OpinionPage</name>
    <message>
        <location filename="../ui/pages/opinion.py" line="97"/>
        <location filename="../ui/pages/opinion.py" line="170"/>
        <source>征求意见</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="97"/>
        <location filename="../ui/pages/opinion.py" line="251"/>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="111"/>
        <source>本机暂时不能提交意见</source>
        <translation>Opinions cannot be submitted at this kiosk now</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="112"/>
        <source>请拨打12345市民服务热线，或登录政府门户网站提出意见建议。</source>
        <translation>Please call the 12345 hotline or use the government portal to send your suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="117"/>
        <source>找不到这项意见征集</source>
        <translation>This consultation cannot be found</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="117"/>
        <source>它可能已经下架，请返回列表重新选择。</source>
        <translation>It may have been withdrawn. Please go back to the list and choose again.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="123"/>
        <location filename="../ui/pages/opinion.py" line="154"/>
        <source>现在不能对此提出意见</source>
        <translation>Opinions cannot be given on this now</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="172"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="173"/>
        <source>意见内容</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="175"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="175"/>
        <source>匿名提交</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="175"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="177"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="193"/>
        <source>暂时无法保存，请稍后再试，或联系大厅工作人员。</source>
        <translation>It could not be saved just now. Please try again later or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="223"/>
        <source>起草部门</source>
        <translation>the drafting department</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="224"/>
        <source>感谢您提出意见，我们会转交{0}研究。</source>
        <translation>Thank you for your opinion. It will be passed to {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="226"/>
        <source>感谢您的意见建议，我们会转交有关部门研究。</source>
        <translation>Thank you for your suggestion. It will be passed to the departments concerned.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="227"/>
        <source>提交成功</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="227"/>
        <source>查询码</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="228"/>
        <source>请记下查询码（也可以拍照），在首页“申请查询”中输入即可查看处理情况。</source>
        <translation>Note down the tracking code (or take a photo). Enter it under &quot;Check status&quot; on the home screen to follow it.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="248"/>
        <source>征集时间：{0} 至 {1}</source>
        <translation>Open for comment: {0} to {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="252"/>
        <source>对政务公开、办事服务和本机使用有什么意见建议，请告诉我们。</source>
        <translation>Tell us your suggestions about open government, public services or this kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="256"/>
        <location filename="../ui/pages/opinion.py" line="270"/>
        <source>请核对您要提交的内容</source>
        <translation>Please check what you are about to submit</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="257"/>
        <location filename="../ui/pages/opinion.py" line="271"/>
        <source>确认无误后点击“确认提交”；需要修改的，点击“返回修改”。</source>
        <translation>If everything is right, tap &quot;Submit&quot;; to change something, tap &quot;Edit&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="263"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="264"/>
        <source>返回修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="265"/>
        <source>下一步：核对内容</source>
        <translation>Next: check</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="266"/>
        <source>确认提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="267"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/pages/opinion.py" line="268"/>
        <source>返回</source>
        <translation>Back</translation>
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
        <location filename="../ui/widgets/print_dialog.py" line="20"/>
        <source>本机暂未连接打印机</source>
        <translation>No printer is connected to this kiosk</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="21"/>
        <source>找不到本机的打印机</source>
        <translation>This kiosk&apos;s printer cannot be found</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="22"/>
        <source>打印机暂停使用</source>
        <translation>The printer is paused</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="23"/>
        <source>打印机暂不接受打印</source>
        <translation>The printer is not accepting print jobs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="73"/>
        <source>现在无法打印。请用手机扫描下方二维码查看和保存原文，或联系大厅工作人员。</source>
        <translation>Printing is not possible right now. Scan the QR code below with your phone to read and save the original, or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="76"/>
        <source>现在无法打印。请联系大厅工作人员获取纸质材料。</source>
        <translation>Printing is not possible right now. Please ask the hall staff for a paper copy.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="84"/>
        <source>请用手机扫描下方二维码查看和保存原文，或联系大厅工作人员。</source>
        <translation>Scan the QR code below with your phone to read and save the original, or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="86"/>
        <source>需要纸质材料，请联系大厅工作人员。</source>
        <translation>For a paper copy, please ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_dialog.py" line="91"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="219"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="221"/>
        <source>共 {0} 页</source>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="222"/>
        <source>第 1 页</source>
        <translation>Page 1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="226"/>
        <source>全文（共 {0} 页）</source>
        <translation>Full text ({0} pp.)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="228"/>
        <source>政策指引（1 页要点）</source>
        <translation>Policy guide (1 page)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="232"/>
        <source>全文共 {0} 页，超出本机的打印限额，可以打印一页的政策指引。</source>
        <translation>The full text has {0} pages, more than this kiosk may print now. You can print the one-page policy guide.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="234"/>
        <source>政策指引是一页纸的要点摘要，附原文二维码。</source>
        <translation>The policy guide sums up the key points on one page, with a QR code to the full text.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="239"/>
        <source>确认打印</source>
        <translation>Print now</translation>
    </message>
    <message>
        <location filename="../ui/widgets/print_preview.py" line="240"/>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <location filename="../ui/pages/reader.py" line="132"/>
        <source>文件阅读</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="146"/>
        <source>没有找到这份文件</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="147"/>
        <source>它可能已从本机资料库中移除。请返回重新查询。</source>
        <translation>It may have been removed from this kiosk&apos;s library. Please go back and search again.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="179"/>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="180"/>
        <source>手机扫码查看原文</source>
        <translation>Scan to read the original on your phone</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="181"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="240"/>
        <source>索引号</source>
        <translation>Index no.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="241"/>
        <source>发布机构</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="242"/>
        <source>组配分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="243"/>
        <source>发文字号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="244"/>
        <source>成文日期</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="245"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="246"/>
        <source>有效性</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="248"/>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="255"/>
        <source>本文件正文未收录，请扫码查看原文。</source>
        <translation>The full text is not in this library; scan the code to read the original.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="256"/>
        <source>问：</source>
        <translation>Q: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="256"/>
        <source>答：</source>
        <translation>A: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="256"/>
        <source>图解：</source>
        <translation>Illustration: </translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="263"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="264"/>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="265"/>
        <source>政策解读（{0}）</source>
        <translation>Interpretations ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="266"/>
        <source>历次修订（{0}）</source>
        <translation>Versions ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="282"/>
        <source>本文件已被修订，这是历史版本，仅供查阅参考。</source>
        <translation>This document has been amended. This is an earlier version, for reference only.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="284"/>
        <source>本文件尚未生效，施行日期：{0}。</source>
        <translation>This document is not yet in force; it takes effect on {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="286"/>
        <source>本文件已废止或失效，不再执行，仅供查阅参考。</source>
        <translation>This document has been repealed or has expired. It is for reference only.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="290"/>
        <source>查看现行有效版本</source>
        <translation>Open the version in force</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="291"/>
        <source>现行有效版本：《{0}》</source>
        <translation>In force now: 《{0}》</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="337"/>
        <source>停止朗读</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="337"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="353"/>
        <source>正在准备打印预览，请稍候…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="416"/>
        <source>正在打印，请稍候…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="448"/>
        <source>本次打印次数已用完</source>
        <translation>Print limit reached</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="452"/>
        <source>这份文件打印出来有 {0} 页，超过本机单次 {1} 页的上限。</source>
        <translation>This document would print {0} pages, more than this kiosk&apos;s limit of {1}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="456"/>
        <source>每位访客每次最多打印 {0} 页。</source>
        <translation>Each visit may print at most {0} pages.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="459"/>
        <source>本机今天最多打印 {0} 页，已经用完。</source>
        <translation>This kiosk prints at most {0} pages a day, and they are used up.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="455"/>
        <source>本次打印页数已用完</source>
        <translation>You have used this visit&apos;s printing pages</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="458"/>
        <source>今天的打印页数已用完</source>
        <translation>Today&apos;s printing pages are used up</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="438"/>
        <source>已开始打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="439"/>
        <source>共 {0} 页，请在出纸口取走打印件。</source>
        <translation>{0} pages. Please collect them from the printer slot.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="449"/>
        <source>每位访客每次最多打印 {0} 份。</source>
        <translation>Each visit can print up to {0} documents.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reader.py" line="451"/>
        <source>文件较长，本机不便打印</source>
        <translation>Too long to print here</translation>
    </message>
</context>
<context>
    <name>ReprintSection</name>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="82"/>
        <source>未打印的回执</source>
        <translation>Receipts not printed</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="83"/>
        <source>以下申请已保存，但回执没有打印出来（如打印中断或机器重启）。申请人凭查询码询问时，可在此补打；补打的回执会标注“补打”。确定不再需要的（如申请人已拍下查询码离开），可以删除，申请本身不受影响。</source>
        <translation>These applications are stored but their receipts did not print (printing interrupted or the kiosk restarted). When the applicant asks with the tracking code, reprint it here; a reprint is marked as such. A receipt no one will come for (the applicant photographed the code and left) can be deleted; the application itself is not affected.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="100"/>
        <source>提交于 {0}</source>
        <translation>Submitted {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="102"/>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="106"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin_reprint.py" line="111"/>
        <source>没有未打印的回执。</source>
        <translation>No receipts are waiting to be printed.</translation>
    </message>
</context>
<context>
    <name>RequestStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="257"/>
        <source>所需信息</source>
        <translation>Information sought</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="270"/>
        <source>一份申请只写一项需要的信息。名称、文号、描述至少填写一项，写得越具体越便于查找。</source>
        <translation>One application asks for one item of information. Fill in at least one of title, document number or description; the more precise, the easier it is to find.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="271"/>
        <source>信息名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="271"/>
        <source>例如：关于某小区旧改项目的批复</source>
        <translation>For example: approval of the renovation project of a residential compound</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="272"/>
        <source>文号</source>
        <translation>Document reference (文号)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="272"/>
        <source>例如：济政发〔2024〕3号</source>
        <translation>For example: 济政发〔2024〕3号</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="273"/>
        <source>信息描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="274"/>
        <source>不知道名称和文号时，写明发布机关、大致时间和涉及的事项</source>
        <translation>Without title or number, say which body issued it, roughly when, and what it is about</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../ui/pages/apply_review.py" line="56"/>
        <source>核对申请内容</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="73"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="73"/>
        <source>所需信息</source>
        <translation>Information sought</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="74"/>
        <source>获取方式</source>
        <translation>How to receive it</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="74"/>
        <source>联系方式</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="82"/>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="99"/>
        <source>代为填写：本申请由工作人员 {0} 代为填写</source>
        <translation>Filled in by staff: this application was filled in by staff member {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_review.py" line="117"/>
        <source>请核对以下内容。确认无误后点“提交申请”，提交后不能再修改。</source>
        <translation>Please check the details below. If they are right, tap &quot;Submit&quot;; they cannot be changed afterwards.</translation>
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
        <location filename="../core/settings.py" line="159"/>
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
        <source>回执纸张</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="149"/>
        <source>申请回执打印在 80 毫米热敏卷纸上，还是 A4 纸上（与打印机一致）。</source>
        <translation>Whether application receipts print on the 80 mm thermal roll or on A4 paper (match the printer).</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="151"/>
        <source>80 毫米卷纸</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="151"/>
        <source>A4 纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="153"/>
        <source>朗读语音</source>
        <translation>Read-aloud voice</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="154"/>
        <source>朗读使用名称中含有这段文字的语音；找不到时不显示朗读按钮。</source>
        <translation>Read-aloud uses the voice whose name contains this text; without one, the button is hidden.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="157"/>
        <source>PIN 错误次数上限</source>
        <translation>Wrong PINs before lockout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="158"/>
        <source>连续输错这么多次后暂时锁定管理入口。</source>
        <translation>After this many wrong PINs in a row, staff sign-in is locked for a while.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="161"/>
        <source>锁定时长</source>
        <translation>Lockout</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="162"/>
        <source>管理入口被锁定的分钟数。</source>
        <translation>Minutes the staff sign-in stays locked.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="163"/>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="165"/>
        <source>管理 PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="166"/>
        <source>管理入口 PIN 的加盐散列；为空时使用出厂 PIN，管理界面会提示修改。</source>
        <translation>Salted hash of the admin PIN; empty means the factory PIN, which the admin screen asks to change.</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="90"/>
        <source>工作人员代为填写</source>
        <translation>Filled in by staff</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="91"/>
        <source>申请人书写确有困难的，可由工作人员代为填写。请工作人员输入工号和管理 PIN，工号将记录在申请中。</source>
        <translation>If the applicant finds writing truly difficult, a member of staff may fill in the form. Staff: enter your staff number and the admin PIN; the staff number is recorded with the application.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="93"/>
        <source>工作人员工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="95"/>
        <source>管理 PIN（用右侧数字键输入）</source>
        <translation>Admin PIN (use the keypad)</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="96"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="134"/>
        <location filename="../ui/pages/apply_staff.py" line="151"/>
        <source>错误次数过多，已锁定，请 {0} 分钟后再试</source>
        <translation>Too many wrong PINs: locked. Try again in {0} min</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_staff.py" line="153"/>
        <source>PIN 不正确，还可以再试 {0} 次</source>
        <translation>Wrong PIN, {0} tries left</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="111"/>
        <source>申请查询</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="134"/>
        <source>本机暂时不能查询，请拨打受理机关电话或登录政府门户网站查询。</source>
        <translation>Status lookup is not available at this kiosk now. Please call the office or use the government portal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="144"/>
        <source>查询失败次数较多，请 {0} 分钟后再试。</source>
        <translation>Too many unsuccessful lookups. Please try again in {0} minutes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="148"/>
        <source>暂时无法查询，请稍后再试，或联系大厅工作人员。</source>
        <translation>The status cannot be checked just now. Please try again later or ask the hall staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="182"/>
        <source>查询码</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="183"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="184"/>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="185"/>
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="187"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="203"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="211"/>
        <source>预计{0}前（含当日）答复（节假日安排公布后以受理机关通知为准）</source>
        <translation>Reply expected by {0} (inclusive); the office will confirm the date once the holiday calendar is published</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="212"/>
        <source>{0}前（含当日）答复</source>
        <translation>Reply by {0} (inclusive)</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="215"/>
        <source>没有找到这个查询码</source>
        <translation>No record with this tracking code</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="216"/>
        <source>本机只能查询在本终端提交的申请、意见和建议。在其他终端、窗口或网上提交的，请拨打受理机关电话或登录政府门户网站查询。</source>
        <translation>This kiosk can only look up applications, opinions and suggestions made here. For those made elsewhere (another kiosk, a counter or online), please call the office or use the government portal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="220"/>
        <source>咨询电话：{0}</source>
        <translation>Phone: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="226"/>
        <source>请输入回执或提交成功页面上的查询码（12位字母和数字，短横线可不输入）。</source>
        <translation>Enter the tracking code from your receipt or confirmation screen (12 letters and digits; hyphens are optional).</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="227"/>
        <source>例如 K7M9-QXR4-TPWB</source>
        <translation>e.g. K7M9-QXR4-TPWB</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="228"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="229"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="230"/>
        <source>办理情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="231"/>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/pages/status_lookup.py" line="232"/>
        <source>查询码中没有数字0、1和字母O、I、L。只显示办理进度，不显示您填写的个人信息。</source>
        <translation>Tracking codes never contain 0, 1, O, I or L. Only the progress is shown, none of your personal details.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../ui/pages/admin.py" line="93"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="94"/>
        <source>资料库版本</source>
        <translation>Library version</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="95"/>
        <source>同步状态</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="96"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="97"/>
        <source>上次同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="99"/>
        <source>第 {0} 版，生成于 {1}</source>
        <translation>Version {0}, built {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="102"/>
        <source>（已下载第 {0} 版，访客离开后启用）</source>
        <translation>(version {0} downloaded; switches in when no visitor is using the kiosk)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="105"/>
        <source>正在检查更新</source>
        <translation>Checking for updates</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="105"/>
        <source>正在下载</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="106"/>
        <source>正在更新资料库</source>
        <translation>Updating the library</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="106"/>
        <source>等待访客离开后切换</source>
        <translation>Waiting for the visitor to leave before switching</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="107"/>
        <source>正在切换版本</source>
        <translation>Switching versions</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="107"/>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="107"/>
        <source>上次同步失败</source>
        <translation>Last sync failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="109"/>
        <source>未配置同步（使用本机资料库）</source>
        <translation>Sync not configured (using the local library)</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="111"/>
        <location filename="../ui/pages/admin.py" line="139"/>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="113"/>
        <location filename="../ui/pages/admin.py" line="136"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="122"/>
        <source>已下载 {0} / {1}，记录 {2} / {3}</source>
        <translation>Downloaded {0} / {1}, records {2} / {3}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="129"/>
        <source>失败（{0}）：{1}</source>
        <translation>Failed ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="134"/>
        <source>成功（{0}）</source>
        <translation>Succeeded ({0})</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="139"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="142"/>
        <source>本机尚未配置同步（没有 {0}），请联系技术人员。</source>
        <translation>This kiosk is not set up for sync (no {0}); please contact technical staff.</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="146"/>
        <source>网络不通或中断，下次同步会继续下载</source>
        <translation>The network is down or was interrupted; the next sync resumes the download</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="147"/>
        <source>更新未通过安全校验，已拒绝</source>
        <translation>The update failed its security check and was refused</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="148"/>
        <source>磁盘空间不足</source>
        <translation>Not enough disk space</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="149"/>
        <source>资料库更新未能应用</source>
        <translation>The library update could not be applied</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="150"/>
        <source>中心资料库提供的版本不可用</source>
        <translation>The version offered by the central library is unusable</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="151"/>
        <source>有访客正在使用，或另一次同步正在进行</source>
        <translation>A visitor is using the kiosk, or another sync is running</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="152"/>
        <source>同步配置有误</source>
        <translation>The sync configuration is wrong</translation>
    </message>
    <message>
        <location filename="../ui/pages/admin.py" line="153"/>
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
    <name>TypeStep</name>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="154"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="157"/>
        <source>请选择以谁的名义提出申请。</source>
        <translation>Choose in whose name you apply.</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="158"/>
        <source>申请人是</source>
        <translation>The applicant is</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="160"/>
        <source>公民（个人）
以个人名义申请，需要提供身份证件</source>
        <translation>A citizen (individual)
Applying in your own name; an identity document is needed</translation>
    </message>
    <message>
        <location filename="../ui/pages/apply_steps.py" line="161"/>
        <source>法人或者其他组织
以企业、事业单位、社会组织等名义申请，需要统一社会信用代码</source>
        <translation>A legal person or other organisation
Applying for a company, public institution or social organisation; the unified social credit code is needed</translation>
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
