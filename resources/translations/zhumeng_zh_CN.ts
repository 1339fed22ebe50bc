<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessController</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>目前没有人登录。</translation>
    </message>
    <message>
        <source>Signed out. The next person signs in with their own PIN.</source>
        <translation>已退出登录。下一位使用者请用自己的 PIN 登录。</translation>
    </message>
    <message>
        <source>A guest has no PIN. To keep your work, choose Keep my work.</source>
        <translation>访客没有 PIN。要保留您的内容，请选择“保留我的内容”。</translation>
    </message>
    <message>
        <source>Profiles cannot be made on this computer right now. You can begin as a guest.</source>
        <translation>这台电脑现在无法创建个人资料。您可以以访客身份开始。</translation>
    </message>
    <message>
        <source>Profiles cannot be changed on this computer right now.</source>
        <translation>这台电脑现在无法更改个人资料。</translation>
    </message>
    <message>
        <source>There are no profiles on this computer.</source>
        <translation>这台电脑上没有个人资料。</translation>
    </message>
    <message>
        <source>Forgotten PIN</source>
        <translation>忘记 PIN</translation>
    </message>
    <message>
        <source>&amp;Whose PIN was forgotten?</source>
        <translation>谁忘记了 PIN？(&amp;W)</translation>
    </message>
    <message>
        <source>You are signed in: your work is kept in your profile.</source>
        <translation>您已登录：您的内容保存在您的个人资料中。</translation>
    </message>
    <message>
        <source>Your work cannot be kept on this computer right now.</source>
        <translation>这台电脑现在无法保留您的内容。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Text size %1%</source>
        <translation>文字大小 %1%</translation>
    </message>
    <message>
        <source>Colour theme: %1</source>
        <translation>配色方案：%1</translation>
    </message>
    <message>
        <source>Speech rate %1 words per minute</source>
        <translation>语速：每分钟 %1 字</translation>
    </message>
    <message>
        <source>Speech volume %1%</source>
        <translation>音量 %1%</translation>
    </message>
    <message>
        <source>Start an application &amp;draft</source>
        <translation>开始申请草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Start a draft application for the selected position</source>
        <translation>为选中的职位开始一份申请草稿</translation>
    </message>
    <message>
        <source>My &amp;applications</source>
        <translation>我的申请(&amp;A)</translation>
    </message>
    <message>
        <source>Show your application drafts and where each one stands</source>
        <translation>查看您的申请草稿和每份申请的进展</translation>
    </message>
    <message>
        <source>My &amp;profile</source>
        <translation>我的资料(&amp;P)</translation>
    </message>
    <message>
        <source>Edit your profile: contact details, experience and accommodation needs</source>
        <translation>编辑个人资料：联系方式、经历和所需的便利措施</translation>
    </message>
    <message>
        <source>&amp;Switch profile or sign out…</source>
        <translation>切换个人资料或退出登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Close your profile; the next person signs in with their own PIN</source>
        <translation>关闭您的个人资料；下一位使用者用自己的 PIN 登录</translation>
    </message>
    <message>
        <source>Change my P&amp;IN…</source>
        <translation>更改我的 PIN(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose a new PIN for your profile (you type the old one first)</source>
        <translation>为您的个人资料设置新的 PIN（先输入原来的 PIN）</translation>
    </message>
    <message>
        <source>&amp;Keep my work…</source>
        <translation>保留我的内容(&amp;K)…</translation>
    </message>
    <message>
        <source>Create a profile with a PIN so a guest&apos;s drafts are kept after the session</source>
        <translation>创建带 PIN 的个人资料，使访客的草稿在会话结束后仍被保留</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>结束使用(&amp;E)</translation>
    </message>
    <message>
        <source>Finish and clear everything on screen so the next person sees none of it</source>
        <translation>结束并清除屏幕上的所有内容，下一位使用者看不到任何信息</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>工作人员(&amp;T)…</translation>
    </message>
    <message>
        <source>Staff settings for this kiosk; needs the staff PIN</source>
        <translation>本自助终端的工作人员设置；需要工作人员 PIN 码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Zhumeng</source>
        <translation>关闭逐梦</translation>
    </message>
    <message>
        <source>&amp;Find positions</source>
        <translation>查找职位(&amp;F)</translation>
    </message>
    <message>
        <source>Move to the search field</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>Go to &amp;results</source>
        <translation>转到结果(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the list of positions found</source>
        <translation>转到找到的职位列表</translation>
    </message>
    <message>
        <source>Go to fi&amp;lters</source>
        <translation>转到筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Move to the filters that narrow the results</source>
        <translation>转到用于缩小结果范围的筛选条件</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>清除所有筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Remove every filter and show all positions that match the search</source>
        <translation>去掉所有筛选条件，显示符合搜索的全部职位</translation>
    </message>
    <message>
        <source>Next &amp;sort order</source>
        <translation>下一种排序方式(&amp;S)</translation>
    </message>
    <message>
        <source>List the results in the next order: best match, newest, highest pay, most openings</source>
        <translation>按下一种顺序排列结果：最相关、最新、工资最高、名额最多</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>下一条结果(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next position in the results</source>
        <translation>选中结果中的下一个职位</translation>
    </message>
    <message>
        <source>Pre&amp;vious result</source>
        <translation>上一条结果(&amp;V)</translation>
    </message>
    <message>
        <source>Select the previous position in the results</source>
        <translation>选中结果中的上一个职位</translation>
    </message>
    <message>
        <source>&amp;Open position</source>
        <translation>打开职位(&amp;O)</translation>
    </message>
    <message>
        <source>Show everything about the selected position</source>
        <translation>显示选中职位的全部信息</translation>
    </message>
    <message>
        <source>F&amp;avourite</source>
        <translation>收藏(&amp;A)</translation>
    </message>
    <message>
        <source>Mark or unmark the selected position as a favourite</source>
        <translation>收藏或取消收藏选中的职位</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Make all text one step larger, up to 400%</source>
        <translation>把所有文字放大一级，最大 400%</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Make all text one step smaller, down to 100%</source>
        <translation>把所有文字缩小一级，最小 100%</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Set the text size back to 100%</source>
        <translation>把文字大小恢复为 100%</translation>
    </message>
    <message>
        <source>Next colour &amp;theme</source>
        <translation>下一个配色方案(&amp;T)</translation>
    </message>
    <message>
        <source>Switch to the next colour theme</source>
        <translation>切换到下一个配色方案</translation>
    </message>
    <message>
        <source>&amp;Default colours</source>
        <translation>默认配色(&amp;D)</translation>
    </message>
    <message>
        <source>Use the default colour theme</source>
        <translation>使用默认配色方案</translation>
    </message>
    <message>
        <source>&amp;High contrast, dark</source>
        <translation>高对比度，深色(&amp;H)</translation>
    </message>
    <message>
        <source>Light text on a black background, with strong contrast</source>
        <translation>黑色背景上的浅色文字，对比强烈</translation>
    </message>
    <message>
        <source>High &amp;contrast, light</source>
        <translation>高对比度，浅色(&amp;C)</translation>
    </message>
    <message>
        <source>Black text on a white background, with strong contrast</source>
        <translation>白色背景上的黑色文字，对比强烈</translation>
    </message>
    <message>
        <source>Show the interface in Simplified Chinese</source>
        <translation>用简体中文显示界面</translation>
    </message>
    <message>
        <source>Show the interface in English</source>
        <translation>用英文显示界面</translation>
    </message>
    <message>
        <source>S&amp;witch scanning</source>
        <translation>开关扫描(&amp;W)</translation>
    </message>
    <message>
        <source>Turn switch scanning on or off: focus moves through the controls for one or two switches</source>
        <translation>打开或关闭开关扫描：焦点在各个控件间移动，供使用一个或两个开关的人操作</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Set text size, colours, language, speech and switch access in one place</source>
        <translation>在一处设置文字大小、配色、语言、语音和开关操作</translation>
    </message>
    <message>
        <source>&amp;Read position aloud</source>
        <translation>朗读职位(&amp;R)</translation>
    </message>
    <message>
        <source>Read everything about the selected position aloud</source>
        <translation>朗读选中职位的全部信息</translation>
    </message>
    <message>
        <source>Read current &amp;field</source>
        <translation>朗读当前项(&amp;F)</translation>
    </message>
    <message>
        <source>Read the name and content of the control that has the focus</source>
        <translation>朗读当前焦点所在控件的名称和内容</translation>
    </message>
    <message>
        <source>Re&amp;peat last message</source>
        <translation>重复上一条消息(&amp;P)</translation>
    </message>
    <message>
        <source>Say and show the last message again</source>
        <translation>再次朗读并显示上一条消息</translation>
    </message>
    <message>
        <source>&amp;Stop speaking</source>
        <translation>停止朗读(&amp;S)</translation>
    </message>
    <message>
        <source>Stop speaking at once; in a dialog Esc also closes the dialog</source>
        <translation>立即停止朗读；在对话框中按 Esc 还会关闭对话框</translation>
    </message>
    <message>
        <source>Speech &amp;on</source>
        <translation>开启语音(&amp;O)</translation>
    </message>
    <message>
        <source>Allow or silence all of the app&apos;s own speech</source>
        <translation>允许或关闭本程序自带的全部语音</translation>
    </message>
    <message>
        <source>Speak &amp;while I move</source>
        <translation>移动时朗读(&amp;W)</translation>
    </message>
    <message>
        <source>Speak each control as it gets the focus, for use without a screen reader</source>
        <translation>每个控件获得焦点时朗读它，供不使用读屏软件时使用</translation>
    </message>
    <message>
        <source>Speak fast&amp;er</source>
        <translation>加快语速(&amp;E)</translation>
    </message>
    <message>
        <source>Make the app&apos;s own speech faster</source>
        <translation>让本程序自带的语音说得更快</translation>
    </message>
    <message>
        <source>Speak s&amp;lower</source>
        <translation>放慢语速(&amp;L)</translation>
    </message>
    <message>
        <source>Make the app&apos;s own speech slower</source>
        <translation>让本程序自带的语音说得更慢</translation>
    </message>
    <message>
        <source>Lou&amp;der</source>
        <translation>提高音量(&amp;D)</translation>
    </message>
    <message>
        <source>Make the app&apos;s own speech louder</source>
        <translation>让本程序自带的语音更响</translation>
    </message>
    <message>
        <source>&amp;Quieter</source>
        <translation>降低音量(&amp;Q)</translation>
    </message>
    <message>
        <source>Make the app&apos;s own speech quieter</source>
        <translation>让本程序自带的语音更轻</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Show a page listing every command and its keyboard shortcut</source>
        <translation>显示列出所有命令及其键盘快捷键的页面</translation>
    </message>
    <message>
        <source>&amp;About Zhumeng</source>
        <translation>关于逐梦(&amp;A)</translation>
    </message>
    <message>
        <source>Show the version of Zhumeng and where the catalogue comes from</source>
        <translation>显示逐梦的版本和职位目录的来源</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The job catalogue cannot be opened</source>
        <translation>无法打开职位目录</translation>
    </message>
    <message>
        <source>The job catalogue file is damaged or is not a Zhumeng catalogue.</source>
        <translation>职位目录文件已损坏，或不是逐梦的职位目录。</translation>
    </message>
    <message>
        <source>You can rebuild the bundled demo catalogue now. The damaged file is kept beside it, so nothing is deleted. Your drafts and profile are not affected.</source>
        <translation>您现在可以重建自带的示例职位目录。损坏的文件会保留在旁边，不会删除任何内容。您的草稿和个人资料不受影响。</translation>
    </message>
    <message>
        <source>&amp;Rebuild the demo catalogue</source>
        <translation>重建示例目录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>the value has the wrong kind</source>
        <translation>值的类型不对</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not one of the known values</source>
        <translation>不是可用的值之一</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>text that cannot be read</source>
        <translation>文字无法读取</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the dates are in the wrong order</source>
        <translation>日期先后顺序不对</translation>
    </message>
    <message>
        <source>the lowest salary is above the highest</source>
        <translation>最低薪资高于最高薪资</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>the text cannot be read: save CSV files as UTF-8 or GB18030, JSON files as UTF-8</source>
        <translation>文字无法读取：CSV 文件请保存为 UTF-8 或 GB18030 编码，JSON 文件请保存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>not a catalogue format (CSV, Excel .xlsx, JSON Lines or JSON-LD)</source>
        <translation>不是职位目录格式（CSV、Excel .xlsx、JSON Lines 或 JSON-LD）</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be a job posting</source>
        <translation>数据嵌套层次过深，不可能是职位信息</translation>
    </message>
    <message>
        <source>the row has a different number of columns from the header</source>
        <translation>这一行的列数与标题行不同</translation>
    </message>
    <message>
        <source>the CSV file is broken (for example a quote is not closed)</source>
        <translation>CSV 文件已损坏（例如引号没有闭合）</translation>
    </message>
    <message>
        <source>the salary is not in yuan (CNY)</source>
        <translation>薪资不是以人民币（元）计</translation>
    </message>
    <message>
        <source>the record is not a job posting</source>
        <translation>这条记录不是职位信息</translation>
    </message>
    <message>
        <source>the same position number appears twice in the file</source>
        <translation>同一个职位编号在文件中出现了两次</translation>
    </message>
    <message>
        <source>this computer cannot read Excel workbooks (.xlsx): save the list as CSV in Excel and import that</source>
        <translation>这台电脑无法读取 Excel 工作簿（.xlsx）：请在 Excel 中将列表另存为 CSV 文件，再导入该文件</translation>
    </message>
    <message>
        <source>the file is not a readable Excel workbook (.xlsx): it may be damaged or not fully copied</source>
        <translation>该文件不是可读取的 Excel 工作簿（.xlsx）：文件可能已损坏或没有完整复制</translation>
    </message>
    <message>
        <source>the workbook is protected by a password: save a copy without a password and import that</source>
        <translation>该工作簿设有密码保护：请另存一份不设密码的副本，再导入该副本</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 workbook: save it as .xlsx or CSV and import that</source>
        <translation>这是旧版 Excel 97-2003 工作簿：请另存为 .xlsx 或 CSV 格式，再导入该文件</translation>
    </message>
    <message>
        <source>position number</source>
        <translation>职位编号</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>work mode</source>
        <translation>工作方式</translation>
    </message>
    <message>
        <source>employment type</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>openings</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>lowest salary</source>
        <translation>最低薪资</translation>
    </message>
    <message>
        <source>highest salary</source>
        <translation>最高薪资</translation>
    </message>
    <message>
        <source>salary unit</source>
        <translation>薪资单位</translation>
    </message>
    <message>
        <source>training days</source>
        <translation>培训天数</translation>
    </message>
    <message>
        <source>training subsidy</source>
        <translation>培训补贴</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>包吃</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>包住</translation>
    </message>
    <message>
        <source>suitable for</source>
        <translation>适合的残疾类别</translation>
    </message>
    <message>
        <source>accommodations</source>
        <translation>无障碍支持</translation>
    </message>
    <message>
        <source>interview channels</source>
        <translation>面试方式</translation>
    </message>
    <message>
        <source>ways to apply</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>contact for applying</source>
        <translation>申请联系方式</translation>
    </message>
    <message>
        <source>date posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>open until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>description</source>
        <translation>职位描述</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>a value that cannot be used</source>
        <translation>无法使用的值</translation>
    </message>
    <message>
        <source>another field</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source> (line {0})</source>
        <translation>（第 {0} 行）</translation>
    </message>
    <message>
        <source>the kiosk&apos;s catalogue cannot be opened</source>
        <translation>无法打开本机的职位目录</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the catalogue folder cannot be written</source>
        <translation>职位目录所在的文件夹无法写入</translation>
    </message>
    <message>
        <source>the catalogue reported a problem</source>
        <translation>职位目录出现了问题</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>出现了意外问题</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>The catalogue was updated: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>职位目录已更新：新增 {added} 个，更新 {updated} 个，未变 {unchanged} 个，跳过 {skipped} 个。</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue was NOT changed: %n record(s) have problems.</source>
        <translation>
            <numerusform>职位目录没有改变：有 %n 条记录存在问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The old catalogue is still in use. Correct the file and import it again.</source>
        <translation>仍在使用原来的目录。请改正文件后重新导入。</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>第 {0} 条记录</translation>
    </message>
    <message>
        <source>{where}, {field}: {reason} ({value})</source>
        <translation>{where}，{field}：{reason}（{value}）</translation>
    </message>
    <message>
        <source>{where}: {reason} ({value})</source>
        <translation>{where}：{reason}（{value}）</translation>
    </message>
    <message>
        <source>… and {0} more.</source>
        <translation>……另有 {0} 条。</translation>
    </message>
    <message>
        <source>The catalogue was NOT changed: {0}. The old catalogue is still in use.</source>
        <translation>职位目录没有改变：{0}。仍在使用原来的目录。</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>更改我的 PIN</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new PIN twice.</source>
        <translation>请先输入现在的 PIN，再输入两次新的 PIN。</translation>
    </message>
    <message>
        <source>Cu&amp;rrent PIN</source>
        <translation>现在的 PIN(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New PIN (%1 to %2 digits)</source>
        <translation>新的 PIN（%1 到 %2 位数字）(&amp;N)</translation>
    </message>
    <message>
        <source>Type the new PIN &amp;again</source>
        <translation>再次输入新的 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange PIN</source>
        <translation>更改 PIN(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>您的 PIN 已更改。</translation>
    </message>
</context>
<context>
    <name>CreateProfileButton</name>
    <message>
        <source>&amp;Create a profile</source>
        <translation>创建个人资料(&amp;C)</translation>
    </message>
    <message>
        <source>Create a profile (name and PIN) to keep your drafts</source>
        <translation>创建个人资料（姓名和 PIN）以保留您的草稿</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Create a profile</source>
        <translation>创建个人资料</translation>
    </message>
    <message>
        <source>Your profile keeps your drafts and your details. Only someone who knows its PIN can open it.</source>
        <translation>个人资料保存您的草稿和个人信息。只有知道它的 PIN 的人才能打开。</translation>
    </message>
    <message>
        <source>Keep my work</source>
        <translation>保留我的内容</translation>
    </message>
    <message>
        <source>Create a profile with a PIN: your drafts from this session are kept in it and you can open them next time with your name and PIN.</source>
        <translation>创建一个带 PIN 的个人资料：本次会话中的草稿会保存在里面，下次可以用您的姓名和 PIN 打开。</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Choose a &amp;PIN (%1 to %2 digits)</source>
        <translation>设置 PIN（%1 到 %2 位数字）(&amp;P)</translation>
    </message>
    <message>
        <source>Type the PIN &amp;again</source>
        <translation>再次输入 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;reate profile</source>
        <translation>创建个人资料(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Please type your name, so you can find your profile again.</source>
        <translation>请输入您的姓名，以便以后找到您的个人资料。</translation>
    </message>
    <message>
        <source>Profile created for %1. Its number is %2.</source>
        <translation>已为 %1 创建个人资料，编号是 %2。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Position &amp;details</source>
        <translation>职位详情(&amp;D)</translation>
    </message>
    <message>
        <source>Position details</source>
        <translation>职位详情</translation>
    </message>
    <message>
        <source>Read-only. Use the arrow keys to read line by line; Escape returns to the results.</source>
        <translation>只读。用方向键逐行阅读；按 Esc 返回结果列表。</translation>
    </message>
    <message>
        <source>Opens a new application draft for this position</source>
        <translation>为这个职位新建一份申请草稿</translation>
    </message>
    <message>
        <source>Start a&amp;n application draft</source>
        <translation>开始申请草稿(&amp;N)</translation>
    </message>
    <message>
        <source>Unmar&amp;k favourite</source>
        <translation>取消收藏(&amp;K)</translation>
    </message>
    <message>
        <source>Mar&amp;k as favourite</source>
        <translation>收藏(&amp;K)</translation>
    </message>
    <message>
        <source>Choose a position in the results to read about it here.</source>
        <translation>请在结果列表中选择一个职位，在这里阅读它的详情。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>工作方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Training subsidy</source>
        <translation>培训补贴</translation>
    </message>
    <message>
        <source>%1 yuan per person</source>
        <translation>每人 %1 元</translation>
    </message>
    <message>
        <source>Meals provided</source>
        <translation>提供餐食</translation>
    </message>
    <message>
        <source>Housing provided</source>
        <translation>提供住宿</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>便利措施</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No closing date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>职位描述</translation>
    </message>
    <message>
        <source>Questions for applicants</source>
        <translation>给申请人的问题</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved, and kept as a revision</source>
        <translation>已保存，并保留为一个版本</translation>
    </message>
    <message>
        <source>Change to: %1</source>
        <translation>改为：%1</translation>
    </message>
    <message>
        <source>Status is now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Inserted: %1</source>
        <translation>已插入：%1</translation>
    </message>
    <message>
        <source>Insert a letter template</source>
        <translation>插入求职信模板</translation>
    </message>
    <message>
        <source>Insert a phrase</source>
        <translation>插入常用语</translation>
    </message>
    <message>
        <source>Earlier version restored. Ctrl+Z undoes this.</source>
        <translation>已恢复较早的版本。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>%1 at %2. How to apply: %3</source>
        <translation>%2 的 %1。申请方式：%3</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>状态记录(&amp;H)</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>&amp;Cover letter</source>
        <translation>求职信(&amp;C)</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>求职信</translation>
    </message>
    <message>
        <source>Saved as you type. Ctrl+T inserts a template, Ctrl+I a phrase.</source>
        <translation>输入时自动保存。Ctrl+T 插入模板，Ctrl+I 插入常用语。</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>问题 %1 的回答</translation>
    </message>
    <message>
        <source>&amp;Notes (only for you)</source>
        <translation>备注(&amp;N)（仅自己可见）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Accommodations to ask for</source>
        <translation>要申请的便利措施(&amp;A)</translation>
    </message>
    <message>
        <source>Accommodations to ask for</source>
        <translation>要申请的便利措施</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Insert te&amp;mplate…</source>
        <translation>插入模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Insert &amp;phrase…</source>
        <translation>插入常用语(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>较早的版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S; your work is also saved as you type</source>
        <translation>Ctrl+S；输入时也会自动保存</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>关闭(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Application for</source>
        <translation>应聘岗位：</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Position applied for</source>
        <translation>应聘岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>自我介绍</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Accommodations I need</source>
        <translation>我需要的便利措施</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>可用面试方式</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Accommodations requested for this job</source>
        <translation>本岗位申请的便利措施</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>求职信</translation>
    </message>
    <message>
        <source>Job application registration form</source>
        <translation>应聘信息登记表</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation>残疾证号</translation>
    </message>
    <message>
        <source>Staff signature</source>
        <translation>工作人员签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Position number</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your drafts file is damaged</source>
        <translation>草稿文件已损坏</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>恢复最近的完好备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不恢复(&amp;N)</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The damaged file was kept as %2.</source>
        <translation>已恢复 %1 的备份。损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>待投递</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>已录用</translation>
    </message>
    <message>
        <source>Not successful</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your PIN to see and write your applications.</source>
        <translation>还没有人登录。请用您的 PIN 码登录，查看和填写您的申请。</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation>（进程 %1）</translation>
    </message>
    <message>
        <source>Your drafts are open in another copy of Zhumeng%1. Close it to work on drafts here; you can still search positions.</source>
        <translation>您的求职草稿正在另一个逐梦窗口中打开%1。关闭那个窗口后才能在这里编辑草稿；您仍然可以搜索岗位。</translation>
    </message>
    <message>
        <source>The file with your drafts is damaged. It has not been changed. You can restore the newest good backup; you can still search positions.</source>
        <translation>保存草稿的文件已损坏，程序没有改动它。您可以恢复最近一份完好的备份；您仍然可以搜索岗位。</translation>
    </message>
    <message>
        <source>The file with your drafts cannot be written (read-only). Your last changes were not saved; you can still search positions.</source>
        <translation>保存草稿的文件无法写入（只读）。您最近的修改没有保存；您仍然可以搜索岗位。</translation>
    </message>
    <message>
        <source>The disk is full, so your last change was not saved. Free some space; your earlier work is safe.</source>
        <translation>磁盘已满，您最近的修改没有保存。请释放一些空间；之前的内容都是安全的。</translation>
    </message>
    <message>
        <source>No good backup was found, so nothing was changed.</source>
        <translation>没有找到完好的备份，所以没有做任何改动。</translation>
    </message>
    <message>
        <source>Wrong PIN. Please wait until %1 before trying again.</source>
        <translation>PIN 码错误。请等到 %1 之后再试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This profile is locked until %1.</source>
        <translation>PIN 码错误次数过多。此档案已锁定到 %1。</translation>
    </message>
    <message>
        <source>An application that is “%1” cannot become “%2”.</source>
        <translation>状态为“%1”的申请不能改为“%2”。</translation>
    </message>
    <message>
        <source>Write dates as year and month, for example 2022-05 (or just the year, 2022).</source>
        <translation>日期请写成“年-月”，例如 2022-05（也可以只写年份，例如 2022）。</translation>
    </message>
    <message>
        <source>This email address is not complete, for example name@example.com.</source>
        <translation>电子邮箱地址不完整，正确的例子：name@example.com。</translation>
    </message>
    <message>
        <source>This value cannot be used for %1: %2</source>
        <translation>%1 不能使用这个值：%2</translation>
    </message>
    <message>
        <source>Your drafts could not be read or saved.</source>
        <translation>无法读取或保存您的草稿。</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the disk is full. Free some space or choose another place.</source>
        <translation>没有保存到 %1：磁盘已满。请腾出一些空间，或换一个位置保存。</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: this folder cannot be written. Choose another folder, for example your home folder.</source>
        <translation>没有保存到 %1：这个文件夹不能写入。请换一个文件夹，例如你的主文件夹。</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the folder or drive is not there (was a USB stick removed?). Plug it in again or choose another place.</source>
        <translation>没有保存到 %1：找不到这个文件夹或磁盘（U 盘被拔出了吗？）。请重新插上，或换一个位置保存。</translation>
    </message>
    <message>
        <source>Nothing was saved to %1. Try again or choose another place.</source>
        <translation>没有保存到 %1。请再试一次，或换一个位置保存。</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <source>Save activity log</source>
        <translation>保存活动记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save drafts as JSON</source>
        <translation>将草稿保存为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) shown</source>
        <translation>
            <numerusform>显示 %n 份申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n follow-up(s) overdue</source>
        <translation>
            <numerusform>；%n 项跟进已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <source>Delete your application for “%1” at %2? Its letter, answers, notes and history are deleted for good. To keep a record, set its status to Withdrawn instead.</source>
        <translation>要删除你在 %2 应聘“%1”的申请吗？它的求职信、回答、笔记和记录都会永久删除。如果想留下记录，请把状态改为“已撤回”。</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <source>The application for “%1” was deleted.</source>
        <translation>“%1”的申请已删除。</translation>
    </message>
    <message numerus="yes">
        <source>Activity log saved: %n entry(s)</source>
        <translation>
            <numerusform>求职活动记录已保存：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) saved</source>
        <translation>
            <numerusform>已保存 %n 份草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Show applications with status</source>
        <translation>显示以下状态的申请</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Enter opens the application</source>
        <translation>按 Enter 打开申请</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected application (asks first); also the Delete key</source>
        <translation>删除选中的申请（会先询问）；也可以按 Delete 键</translation>
    </message>
    <message>
        <source>Save activity &amp;log (CSV)…</source>
        <translation>保存活动记录(&amp;L)（CSV）…</translation>
    </message>
    <message>
        <source>Save all as &amp;JSON…</source>
        <translation>全部保存为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>关闭(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EndSessionButton</name>
    <message>
        <source>End session</source>
        <translation>结束使用</translation>
    </message>
    <message>
        <source>Finish and clear everything on screen so the next person sees none of it</source>
        <translation>结束并清除屏幕上的所有内容，下一位使用者看不到任何信息</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>Only the profile items you chose to share are printed.</source>
        <translation>只打印您选择公开的个人资料项目。</translation>
    </message>
    <message>
        <source>&amp;Application, normal print</source>
        <translation>申请材料，普通字号(&amp;A)</translation>
    </message>
    <message>
        <source>Application, &amp;large print</source>
        <translation>申请材料，大字号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Registration form (应聘信息登记表)</source>
        <translation>应聘信息登记表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: the font for printing Chinese is not installed. Ask staff to install the package fonts-noto-cjk.</source>
        <translation>没有保存：没有安装打印中文用的字体。请工作人员安装软件包 fonts-noto-cjk。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Work mode</source>
        <translation>工作方式(&amp;W)</translation>
    </message>
    <message>
        <source>Suits disa&amp;bility (any checked)</source>
        <translation>适合的残疾类别(&amp;B)（符合任一勾选项）</translation>
    </message>
    <message>
        <source>Pay at &amp;least (yuan per month)</source>
        <translation>月薪不低于(&amp;L)（元）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Accommodations (all checked)</source>
        <translation>便利措施(&amp;A)（须全部提供）</translation>
    </message>
    <message>
        <source>&amp;Pay at most (yuan per month)</source>
        <translation>月薪不高于(&amp;P)（元）</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>Removes every filter and shows all positions</source>
        <translation>去掉所有筛选条件，显示全部职位</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>所有城市</translation>
    </message>
    <message>
        <source>All work modes</source>
        <translation>所有工作方式</translation>
    </message>
    <message>
        <source>&amp;Training provided</source>
        <translation>提供培训(&amp;T)</translation>
    </message>
    <message>
        <source>Training subsid&amp;y</source>
        <translation>培训补贴(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Meals provided</source>
        <translation>提供餐食(&amp;M)</translation>
    </message>
    <message>
        <source>Still open t&amp;oday</source>
        <translation>今天仍在招聘(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Action</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every command is also in the menu bar: hold Alt and press the underlined letter of a menu.</source>
        <translation>所有命令也都在菜单栏中：按住 Alt 键，再按菜单名后括号里的字母。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>A table for each menu: command, what it does, and its shortcut. Use the arrow keys to read.</source>
        <translation>每个菜单一张表：命令、作用和快捷键。用方向键阅读。</translation>
    </message>
    <message>
        <source>Close the shortcut list</source>
        <translation>关闭快捷键列表</translation>
    </message>
    <message>
        <source>&amp;Change shortcuts…</source>
        <translation>更改快捷键(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Session ending</source>
        <translation>即将结束使用</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Press any key or switch, or touch Continue, to keep going.</source>
        <translation>按任意键或开关，或点“继续”，即可继续使用。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue my session</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <source>Everything on screen will be cleared. Your draft will be saved to your profile.</source>
        <translation>屏幕上的所有内容将被清除。您的草稿会保存到您的个人资料中。</translation>
    </message>
    <message>
        <source>Everything on screen will be cleared and your unsaved draft will be discarded.</source>
        <translation>屏幕上的所有内容将被清除，未保存的草稿将被丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>This session ends in %n second(s).</source>
        <translation>
            <numerusform>本次使用将在 %n 秒后结束。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCaptureDialog</name>
    <message>
        <source>New shortcut for %1</source>
        <translation>“%1”的新快捷键</translation>
    </message>
    <message>
        <source>Press the keys for “%1” now, for example Ctrl+K or F11. Esc cancels.</source>
        <translation>现在请按下“%1”要用的按键，例如 Ctrl+K 或 F11。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Tab moves between controls and cannot be a shortcut. Press another key.</source>
        <translation>Tab 键用于在控件间移动，不能作为快捷键。请按其他键。</translation>
    </message>
</context>
<context>
    <name>KeyboardButton</name>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <source>Type into the last text field with a keyboard on the screen</source>
        <translation>用屏幕上的键盘在最后使用的文本框中输入</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Your PIN was reset by staff on {0}. If you did not ask for this, please tell the staff.</source>
        <translation>工作人员已于 {0} 重设了您的 PIN 码。如果不是您要求的，请告诉工作人员。</translation>
    </message>
    <message>
        <source>Profiles cannot be opened on this computer right now. You can begin as a guest.</source>
        <translation>这台电脑现在无法打开个人资料。您可以以访客身份开始。</translation>
    </message>
    <message>
        <source>This profile is locked after too many wrong PINs until {0}. Staff can help.</source>
        <translation>PIN 码错误次数过多，此个人资料已锁定到 {0}。工作人员可以帮助您。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a moment and try again.</source>
        <translation>PIN 码错误次数过多。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The name or the PIN is not right. Please try again.</source>
        <translation>姓名或 PIN 码不正确。请再试一次。</translation>
    </message>
    <message>
        <source>Session started. When you are finished, choose End session.</source>
        <translation>已开始使用。用完后，请选择“结束使用”。</translation>
    </message>
    <message>
        <source>The session has ended and everything has been cleared.</source>
        <translation>本次使用已结束，所有内容都已清除。</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <source>This kiosk is locked</source>
        <translation>此自助终端已锁定</translation>
    </message>
    <message>
        <source>This kiosk is locked: its settings file %1 cannot be read, so the staff PIN cannot be checked. Staff: replace this file from a backup, or delete it and start the kiosk again to choose a new staff PIN.</source>
        <translation>此自助终端已锁定：无法读取其设置文件 %1，因此无法核对工作人员密码。工作人员：请用备份替换此文件，或删除此文件后重新启动自助终端，以设置新的工作人员密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The job catalogue cannot be read: the file may be damaged. Restart Zhumeng to rebuild the demo catalogue.</source>
        <translation>无法读取职位目录：文件可能已损坏。请重新启动逐梦以重建示例目录。</translation>
    </message>
    <message>
        <source>The search could not be completed. Please change the search and try again.</source>
        <translation>搜索未能完成。请修改搜索内容后再试。</translation>
    </message>
    <message>
        <source>All filters cleared</source>
        <translation>已清除所有筛选</translation>
    </message>
    <message>
        <source>Added to favourites</source>
        <translation>已加入收藏</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>已取消收藏</translation>
    </message>
    <message>
        <source>Zhumeng job catalogue</source>
        <translation>逐梦职位目录</translation>
    </message>
    <message>
        <source>Sear&amp;ch positions (title, employer, city; pinyin works too)</source>
        <translation>搜索职位(&amp;C)（职位名称、单位、城市；也可以用拼音）</translation>
    </message>
    <message>
        <source>Search positions</source>
        <translation>搜索职位</translation>
    </message>
    <message>
        <source>for example 客服, kefu, 淄博</source>
        <translation>例如：客服、kefu、淄博</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清空搜索内容</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Enter opens a position; Page Up and Page Down move one page</source>
        <translation>按 Enter 打开职位；按 Page Up 和 Page Down 翻页</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>About Zhumeng</source>
        <translation>关于逐梦</translation>
    </message>
    <message>
        <source>Zhumeng (逐梦) %1: a job catalogue for job seekers with disabilities.</source>
        <translation>逐梦 %1：为残疾求职者准备的职位目录。</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue holds %n position(s). Positions whose source is &quot;Sample data&quot; are examples; the others come from employers of the 助残逐梦 campaign or from files your service centre imported.</source>
        <translation>
            <numerusform>职位目录共有 %n 个职位。来源为“示例数据”的职位只是示例；其他职位来自“助残逐梦”活动的用人单位，或来自服务中心导入的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Sp&amp;eech</source>
        <translation>语音(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <source>Candidate characters</source>
        <translation>候选字</translation>
    </message>
    <message>
        <source>More characters</source>
        <translation>更多候选字</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Digit {0}</source>
        <translation>数字 {0}</translation>
    </message>
    <message>
        <source>Letters {0}</source>
        <translation>字母 {0}</translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation>字母 {0}</translation>
    </message>
    <message>
        <source>Editing keys</source>
        <translation>编辑键</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done: close the keyboard</source>
        <translation>完成：关闭键盘</translation>
    </message>
    <message>
        <source>Hidden character</source>
        <translation>隐藏的字符</translation>
    </message>
    <message>
        <source>Typing into: {0}</source>
        <translation>正在输入：{0}</translation>
    </message>
    <message>
        <source>Word {0}</source>
        <translation>词语 {0}</translation>
    </message>
    <message>
        <source>Character {0}</source>
        <translation>字 {0}</translation>
    </message>
    <message>
        <source>Mode: pinyin, switch to Latin letters</source>
        <translation>当前为拼音输入，切换到英文字母</translation>
    </message>
    <message>
        <source>Mode: Latin letters, switch to pinyin</source>
        <translation>当前为英文字母，切换到拼音输入</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN is %1 to %2 digits (0–9), for example 2580.</source>
        <translation>PIN 是 %1 到 %2 位数字（0–9），例如 2580。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again here.</source>
        <translation>两次输入的 PIN 不一样。请在这里重新输入 PIN。</translation>
    </message>
    <message>
        <source>Wrong PIN. After too many wrong PINs this profile is locked until %1. Staff can help if you have forgotten your PIN.</source>
        <translation>PIN 不正确。错误次数太多，此个人资料已锁定到 %1。如果您忘记了 PIN，工作人员可以帮助您。</translation>
    </message>
    <message>
        <source>Please wait until %1 before trying again.</source>
        <translation>请等到 %1 再试。</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) will lock this profile for a while.</source>
        <translation>
            <numerusform>PIN 不正确。再错 %n 次，此个人资料将被锁定一段时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Text, colours and language</source>
        <translation>文字、配色和语言</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Switch access</source>
        <translation>开关操作</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Text size (%)</source>
        <translation>文字大小（%）</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>High contrast dark</source>
        <translation>高对比度深色</translation>
    </message>
    <message>
        <source>High contrast light</source>
        <translation>高对比度浅色</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Allow the app&apos;s own speech</source>
        <translation>允许本程序自带的语音</translation>
    </message>
    <message>
        <source>Speak focus and announcements (self-voicing)</source>
        <translation>朗读焦点和提示（自带朗读）</translation>
    </message>
    <message>
        <source>Speak even when a screen reader is running</source>
        <translation>即使读屏软件在运行也朗读</translation>
    </message>
    <message>
        <source>Chinese voice</source>
        <translation>中文语音</translation>
    </message>
    <message>
        <source>English voice</source>
        <translation>英文语音</translation>
    </message>
    <message>
        <source>Speech rate (words per minute)</source>
        <translation>语速（每分钟字数）</translation>
    </message>
    <message>
        <source>Speech volume (%)</source>
        <translation>音量（%）</translation>
    </message>
    <message>
        <source>Speak typed characters</source>
        <translation>朗读输入的字符</translation>
    </message>
    <message>
        <source>Speak typed words</source>
        <translation>朗读输入的词语</translation>
    </message>
    <message>
        <source>Switch scanning</source>
        <translation>开关扫描</translation>
    </message>
    <message>
        <source>Scan interval (milliseconds)</source>
        <translation>扫描间隔（毫秒）</translation>
    </message>
    <message>
        <source>Scanning mode</source>
        <translation>扫描方式</translation>
    </message>
    <message>
        <source>Automatic: focus moves by itself</source>
        <translation>自动：焦点自行移动</translation>
    </message>
    <message>
        <source>Step: one switch press moves focus</source>
        <translation>逐步：按一次开关移动一次焦点</translation>
    </message>
    <message>
        <source>Hold the next switch this long to select (milliseconds)</source>
        <translation>按住“下一个”开关多久算作选择（毫秒）</translation>
    </message>
    <message>
        <source>Switch key: next</source>
        <translation>开关键：下一项</translation>
    </message>
    <message>
        <source>Switch key: select</source>
        <translation>开关键：选择</translation>
    </message>
    <message>
        <source>Kiosk idle reset after (seconds, 0 = never)</source>
        <translation>自助终端无操作多久后重置（秒，0 = 从不）</translation>
    </message>
    <message>
        <source>Warn before the idle reset (seconds)</source>
        <translation>重置前提前提醒（秒）</translation>
    </message>
    <message>
        <source>Results per page</source>
        <translation>每页结果数</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>恢复默认设置(&amp;R)</translation>
    </message>
    <message>
        <source>Put every preference on this page back as it was</source>
        <translation>把本页的所有设置恢复为默认值</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>关闭偏好设置</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>城市(&amp;Y)</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>自我介绍</translation>
    </message>
    <message>
        <source>About &amp;me</source>
        <translation>自我介绍(&amp;M)</translation>
    </message>
    <message>
        <source>Disability and needs (shared only if you choose)</source>
        <translation>残疾情况和需求（仅在您选择时才会提供）</translation>
    </message>
    <message>
        <source>Disability category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Accommodations you need</source>
        <translation>您需要的便利措施</translation>
    </message>
    <message>
        <source>Interview channels you can use</source>
        <translation>您可以使用的面试方式</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>残疾类别(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <source>Accommodations you &amp;need</source>
        <translation>您需要的便利措施(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Interview channels you can use</source>
        <translation>您可以使用的面试方式(&amp;I)</translation>
    </message>
    <message>
        <source>Share in applications</source>
        <translation>在申请中提供</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Accommodations I need</source>
        <translation>我需要的便利措施</translation>
    </message>
    <message>
        <source>Interview channels</source>
        <translation>面试方式</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>提供：%1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import JSON Resume…</source>
        <translation>导入 JSON 简历(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON Resume…</source>
        <translation>导出 JSON 简历(&amp;X)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>个人资料已保存</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>导入 JSON 简历</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that the file and its drive are there, then try again.</source>
        <translation>无法读取 %1。请确认文件和所在的磁盘都在，然后再试一次。</translation>
    </message>
    <message>
        <source>%1 is not a JSON Resume file (it cannot be read as JSON). Nothing was changed.</source>
        <translation>%1 不是 JSON Resume 文件（无法作为 JSON 读取）。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 was not imported. %2 Nothing was changed.</source>
        <translation>%1 没有导入。%2 没有做任何更改。</translation>
    </message>
    <message>
        <source>Imported %1 into the fields. Check them, then press Save to keep them, or Cancel to keep your stored profile.</source>
        <translation>已把 %1 导入到各个栏目。请检查一下，按“保存”保留这些内容，或按“取消”保留原来存好的资料。</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>导出 JSON 简历</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Forgotten PIN: %1</source>
        <translation>忘记 PIN：%1</translation>
    </message>
    <message>
        <source>Nobody can look up a PIN. Staff can replace it only with the applicant present: staff type the staff PIN after checking who the applicant is, then the applicant types a new PIN. The applicant is told about the reset when they next sign in. Otherwise the profile and all its drafts can be erased.</source>
        <translation>任何人都无法查看 PIN。只有在求职者本人在场时，工作人员才能更换 PIN：工作人员核实求职者身份后输入工作人员 PIN，然后由求职者本人输入新的 PIN。求职者下次登录时会被告知此次重置。否则只能删除此个人资料及其全部草稿。</translation>
    </message>
    <message>
        <source>Nobody can look up a PIN. This computer has no staff PIN, so a forgotten PIN cannot be replaced here: the profile and all its drafts can only be erased, and the person starts a new profile.</source>
        <translation>任何人都无法查看 PIN。这台电脑没有设置工作人员 PIN，所以无法在这里更换忘记的 PIN：只能删除此个人资料及其全部草稿，然后重新创建个人资料。</translation>
    </message>
    <message>
        <source>&amp;Staff PIN</source>
        <translation>工作人员 PIN(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New PIN, typed by the applicant</source>
        <translation>新的 PIN，由求职者本人输入(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>再次输入新的 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace the PIN</source>
        <translation>更换 PIN(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Erase this profile and its drafts…</source>
        <translation>删除此个人资料及其草稿(&amp;E)…</translation>
    </message>
    <message>
        <source>Erase this profile and its drafts</source>
        <translation>删除此个人资料及其草稿</translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>这不是工作人员 PIN。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong staff PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>工作人员 PIN 错误次数太多。请等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The staff PIN cannot be checked on this computer now.</source>
        <translation>这台电脑现在无法核对工作人员 PIN。</translation>
    </message>
    <message>
        <source>The PIN of %1 has been replaced. The applicant can sign in with the new PIN now.</source>
        <translation>%1 的 PIN 已更换。求职者现在可以用新的 PIN 登录。</translation>
    </message>
    <message>
        <source>Erase profile</source>
        <translation>删除个人资料</translation>
    </message>
    <message>
        <source>Erase the profile of %1 with all its drafts? This cannot be undone.</source>
        <translation>要删除 %1 的个人资料及其全部草稿吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>The profile of %1 and all its drafts have been erased.</source>
        <translation>%1 的个人资料及其全部草稿已删除。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>1 opening</source>
        <translation>1 个名额</translation>
    </message>
    <message>
        <source>%1 openings</source>
        <translation>%1 个名额</translation>
    </message>
    <message>
        <source>training provided</source>
        <translation>提供培训</translation>
    </message>
    <message>
        <source>meals provided</source>
        <translation>提供餐食</translation>
    </message>
    <message>
        <source>Loading result %1…</source>
        <translation>正在加载第 %1 条结果…</translation>
    </message>
    <message>
        <source>This position could not be loaded</source>
        <translation>无法加载这个职位</translation>
    </message>
    <message>
        <source>No positions found</source>
        <translation>没有找到职位</translation>
    </message>
    <message>
        <source>Results %1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条结果</translation>
    </message>
    <message numerus="yes">
        <source>Found %n position(s), page %1 of %2</source>
        <translation>
            <numerusform>找到 %n 个职位, 第 %1 页, 共 %2 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页, 共 %2 页</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>较早的版本</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first</source>
        <translation>版本(&amp;V)，最新的在前</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>版本，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Text of this version</source>
        <translation>此版本的内容(&amp;T)</translation>
    </message>
    <message>
        <source>Text of this version</source>
        <translation>此版本的内容</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>saved automatically</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>saved by you</source>
        <translation>手动保存</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>No earlier versions yet. One is kept about every 30 seconds while you type.</source>
        <translation>还没有较早的版本。输入时大约每 30 秒保留一个版本。</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Scan highlight</source>
        <translation>扫描高亮</translation>
    </message>
    <message>
        <source>Scanning paused: press a switch to go on</source>
        <translation>扫描已暂停：按开关继续</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>Group: {name}, {count} items</source>
        <translation>组：{name}，{count} 项</translation>
    </message>
    <message>
        <source>List: {name}, {count} items</source>
        <translation>列表：{name}，{count} 项</translation>
    </message>
    <message>
        <source>Items {first} to {last} of {total}</source>
        <translation>第 {first} 到 {last} 项，共 {total} 项</translation>
    </message>
    <message>
        <source>Leave this group</source>
        <translation>离开这一组</translation>
    </message>
    <message>
        <source>{name} menu</source>
        <translation>{name}菜单</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>items {first} to {last}</source>
        <translation>第 {first} 到 {last} 项</translation>
    </message>
    <message>
        <source>Switch scanning on</source>
        <translation>开关扫描已打开</translation>
    </message>
    <message>
        <source>Switch scanning off</source>
        <translation>开关扫描已关闭</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>From (YYYY-MM)</source>
        <translation>开始（年-月）</translation>
    </message>
    <message>
        <source>To (YYYY-MM)</source>
        <translation>结束（年-月）</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>熟练程度</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证单位</translation>
    </message>
    <message>
        <source>Date (YYYY-MM)</source>
        <translation>日期（年-月）</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>在“%1”中添加一条</translation>
    </message>
    <message>
        <source>Remove this entry from %1</source>
        <translation>从“%1”中删除这一条</translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation>（空白条目）</translation>
    </message>
</context>
<context>
    <name>SelfVoicing</name>
    <message>
        <source>edit field</source>
        <translation>编辑框</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>复选框</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>单选按钮</translation>
    </message>
    <message>
        <source>combo box</source>
        <translation>下拉列表</translation>
    </message>
    <message>
        <source>spin box</source>
        <translation>数字框</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>menu item</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未选中</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>No position is selected.</source>
        <translation>没有选中职位。</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>第 %1 项, 共 %2 项</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <source>%1 is already the shortcut for “%2”. Choose another key.</source>
        <translation>%1 已经是“%2”的快捷键。请选择其他按键。</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”现在是 %2。</translation>
    </message>
    <message>
        <source>“%1” has its default shortcut again: %2.</source>
        <translation>“%1”已恢复默认快捷键：%2。</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>更改键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>命令及其快捷键</translation>
    </message>
    <message>
        <source>Enter changes the shortcut of the selected command</source>
        <translation>按 Enter 更改选中命令的快捷键</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>更改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>使用默认值(&amp;U)</translation>
    </message>
    <message>
        <source>Close the shortcut editor</source>
        <translation>关闭快捷键编辑器</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1（个人资料 %2）</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN. Your profile and drafts open only with your PIN.</source>
        <translation>请选择您的姓名并输入 PIN。只有输入您的 PIN 才能打开您的个人资料和草稿。</translation>
    </message>
    <message>
        <source>&amp;Profiles on this computer</source>
        <translation>这台电脑上的个人资料(&amp;P)</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>这台电脑上的个人资料</translation>
    </message>
    <message>
        <source>Your P&amp;IN</source>
        <translation>您的 PIN(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Create a &amp;new profile…</source>
        <translation>创建新的个人资料(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>创建新的个人资料</translation>
    </message>
    <message>
        <source>&amp;Forgot the PIN? (staff)…</source>
        <translation>忘记 PIN？（工作人员）(&amp;F)…</translation>
    </message>
    <message>
        <source>Forgot the PIN? Staff can help</source>
        <translation>忘记 PIN？工作人员可以帮助</translation>
    </message>
    <message>
        <source>Please choose your name first.</source>
        <translation>请先选择您的姓名。</translation>
    </message>
    <message>
        <source>This profile had no PIN. The PIN you typed protects it from now on.</source>
        <translation>此个人资料原来没有 PIN。从现在起，由您刚输入的 PIN 保护它。</translation>
    </message>
    <message>
        <source>Your PIN was reset by staff on %1. If you did not ask for this, please tell the staff.</source>
        <translation>您的 PIN 已于 %1 由工作人员重置。如果这不是您要求的，请告诉工作人员。</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>信件语言(&amp;L)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>信件语言</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合筛选条件的内容。</translation>
    </message>
</context>
<context>
    <name>SortChoice</name>
    <message>
        <source>Sorted by %1</source>
        <translation>排序方式：%1</translation>
    </message>
    <message>
        <source>Best match (when searching for text)</source>
        <translation>最相关（输入搜索词时）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新发布在前</translation>
    </message>
    <message>
        <source>Highest pay first</source>
        <translation>工资最高在前</translation>
    </message>
    <message>
        <source>Most openings first</source>
        <translation>名额最多在前</translation>
    </message>
    <message>
        <source>So&amp;rt by</source>
        <translation>排序方式(&amp;R)</translation>
    </message>
    <message>
        <source>Best match applies only when there is search text; without text the newest positions come first</source>
        <translation>“最相关”只在输入搜索词时有效；没有搜索词时最新发布的职位在前</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Speech is unavailable: the espeak-ng speech engine is not installed (install espeak-ng and libespeak-ng1).</source>
        <translation>语音不可用：未安装 espeak-ng 语音引擎（请安装 espeak-ng 和 libespeak-ng1）。</translation>
    </message>
    <message>
        <source>Speech is unavailable: the audio player aplay is not installed (install alsa-utils).</source>
        <translation>语音不可用：未安装音频播放程序 aplay（请安装 alsa-utils）。</translation>
    </message>
    <message>
        <source>Speech is unavailable: no sound device could be opened (connect speakers or headphones).</source>
        <translation>语音不可用：无法打开声音设备（请连接音箱或耳机）。</translation>
    </message>
    <message>
        <source>Speech is unavailable: the speech process could not run.</source>
        <translation>语音不可用：语音进程无法运行。</translation>
    </message>
    <message>
        <source>Speech is turned off.</source>
        <translation>语音已关闭。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff settings</source>
        <translation>工作人员设置</translation>
    </message>
    <message>
        <source>&amp;End the current session</source>
        <translation>结束当前使用(&amp;E)</translation>
    </message>
    <message>
        <source>Change the staff &amp;PIN</source>
        <translation>更改工作人员 PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>退出自助终端模式(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Job catalogue</source>
        <translation>职位目录</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file…</source>
        <translation>导入职位目录文件(&amp;I)…</translation>
    </message>
    <message>
        <source>From a USB stick or memory card; the old catalogue is kept if the file has problems</source>
        <translation>来自U盘或存储卡；如果文件有问题，原来的目录会保留</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Sessions and defaults for everyone</source>
        <translation>使用时长和所有人的默认设置</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Use of this kiosk (counts only, no personal data)</source>
        <translation>本自助终端的使用情况（仅计数，不含个人信息）</translation>
    </message>
    <message>
        <source>{day}: {sessions} sessions, {searches} searches, {drafts} drafts</source>
        <translation>{day}：使用 {sessions} 次，搜索 {searches} 次，草稿 {drafts} 份</translation>
    </message>
    <message>
        <source>No use recorded yet.</source>
        <translation>还没有使用记录。</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>选择职位目录文件</translation>
    </message>
    <message>
        <source>Catalogue files (%1)</source>
        <translation>职位目录文件 (%1)</translation>
    </message>
    <message>
        <source>Importing… the old catalogue stays in use until the import has finished.</source>
        <translation>正在导入… 导入完成前仍使用原来的职位目录。</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Choose the staff PIN</source>
        <translation>设置工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Choose a staff PIN of 4 to 12 digits. Staff need it to change settings or leave the kiosk.</source>
        <translation>请设置 4 到 12 位数字的工作人员 PIN 码。工作人员更改设置或退出自助终端时需要它。</translation>
    </message>
    <message>
        <source>Staff only: type the staff PIN.</source>
        <translation>仅限工作人员：请输入工作人员 PIN 码。</translation>
    </message>
    <message>
        <source>Staff &amp;PIN</source>
        <translation>工作人员 PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>再次输入 PIN 码(&amp;R)</translation>
    </message>
    <message>
        <source>On-screen keyboard for the PIN</source>
        <translation>用于输入 PIN 码的屏幕键盘</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>两次输入的 PIN 码不一致。请重新输入。</translation>
    </message>
    <message>
        <source>A staff PIN is 4 to 12 digits (0 to 9). Please try again.</source>
        <translation>工作人员 PIN 码是 4 到 12 位数字（0 到 9）。请再试一次。</translation>
    </message>
    <message>
        <source>The staff PIN could not be saved: the data folder is full or cannot be written. The kiosk stays locked until this is fixed.</source>
        <translation>无法保存工作人员密码：数据文件夹已满或无法写入。在问题解决之前，自助终端保持锁定。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>PIN 码错误次数过多。请等 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>这不是工作人员 PIN 码。</translation>
    </message>
</context>
<context>
    <name>StaffResetButton</name>
    <message>
        <source>&amp;Forgotten PIN (staff)…</source>
        <translation>忘记 PIN（工作人员）(&amp;F)…</translation>
    </message>
    <message>
        <source>Forgotten PIN: staff help, staff PIN needed</source>
        <translation>忘记 PIN：由工作人员帮助，需要工作人员 PIN</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <source>Zhumeng cannot start: it cannot save its files in %1 because the disk is full. Free some space on that disk, then start Zhumeng again.</source>
        <translation>逐梦无法启动：磁盘已满，无法在 %1 保存文件。请在该磁盘上腾出空间，然后重新启动逐梦。</translation>
    </message>
    <message>
        <source>Zhumeng cannot start: it cannot save its files in %1 because this folder cannot be written. Start Zhumeng with a folder you can write to (--data-dir), or ask for help.</source>
        <translation>逐梦无法启动：此文件夹不能写入，无法在 %1 保存文件。请用一个可以写入的文件夹启动逐梦（--data-dir），或向工作人员求助。</translation>
    </message>
    <message>
        <source>Zhumeng cannot start: it cannot use the folder %1. Check the disk, then start Zhumeng again.</source>
        <translation>逐梦无法启动：无法使用文件夹 %1。请检查磁盘，然后重新启动逐梦。</translation>
    </message>
    <message>
        <source>Zhumeng cannot start</source>
        <translation>逐梦无法启动</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Welcome to Zhumeng</source>
        <translation>欢迎使用逐梦</translation>
    </message>
    <message>
        <source>逐梦 Zhumeng: find a job that suits you</source>
        <translation>逐梦：找到适合您的工作</translation>
    </message>
    <message>
        <source>Choose your language, then begin. Nothing you do here is kept for the next person unless you sign in to your own profile.</source>
        <translation>请选择语言，然后开始。除非您登录自己的个人资料，否则您在这里所做的一切都不会留给下一位使用者。</translation>
    </message>
    <message>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>&amp;Begin as a guest</source>
        <translation>以访客身份开始(&amp;B)</translation>
    </message>
    <message>
        <source>Begin as a guest</source>
        <translation>以访客身份开始</translation>
    </message>
    <message>
        <source>Sign in to your profile</source>
        <translation>登录您的个人资料</translation>
    </message>
    <message>
        <source>Your &amp;name or profile number</source>
        <translation>您的姓名或资料编号(&amp;N)</translation>
    </message>
    <message>
        <source>Your &amp;PIN</source>
        <translation>您的 PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>Your name or profile number</source>
        <translation>您的姓名或资料编号</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>您的 PIN 码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>On-screen keyboard for the {0}</source>
        <translation>用于输入{0}的屏幕键盘</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>工作人员(&amp;T)</translation>
    </message>
    <message>
        <source>Staff settings (staff PIN needed)</source>
        <translation>工作人员设置（需要工作人员 PIN 码）</translation>
    </message>
</context>
</TS>
