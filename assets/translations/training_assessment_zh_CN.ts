<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="26"/>
        <source>About Training Assessment</source>
        <translation>关于课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="28"/>
        <source>Training Assessment</source>
        <translation>课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="36"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="37"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="38"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="45"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="57"/>
        <source>Font: %1 — %2</source>
        <translation>字体：%1 — %2</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/ui/shell/context.py" line="156"/>
        <source>Reading the banks and forms…</source>
        <extracomment>the forms (by id) or the banks of the content folders, and the problems of the files that did not load matplotlib and the chart fonts are loaded (``preload_charts``): the app has all it keeps after each write, what it changed (a ``Changes``), on the UI thread whichever thread wrote; every screen listens here and refreshes only the parts it shows set when the database was found damaged at start and set aside (shown on the home screen) set when the database could only be opened read-only (a full disk, a read-only folder) The network file system (nfs4, cifs…) holding the SQLite file, when the OS says so: the home screen warns and suggests a PostgreSQL server. store work off the UI thread, one operation at a time in order (see ``operations``) the worker (the class, history and radar screens&apos; reads) and the window&apos;s thread both ask for the versions: one builds them while the other waits, and both get the same</extracomment>
        <translation>正在读取题库和测评表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/context.py" line="228"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/context.py" line="269"/>
        <source>Loading the charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/context.py" line="354"/>
        <source>Taking a backup…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>BankDeletion</name>
    <message>
        <location filename="../../desktop/ui/content/bank_delete.py" line="53"/>
        <source>Checking the PK sessions…</source>
        <translation>正在检查 PK 比赛…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_delete.py" line="64"/>
        <source>Delete bank</source>
        <translation>删除题库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/bank_delete.py" line="72"/>
        <source>%1 is played by %n PK session(s) stored before sessions kept their own copy of the questions. It stays, so that they can still be resumed and exported.</source>
        <translation>
            <numerusform>有 %n 场 PK 比赛使用 %1 的题目，它们保存于比赛自带题目副本之前。为了这些比赛仍能继续和导出，该题库予以保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/bank_delete.py" line="84"/>
        <source>Delete the bank %1 (%n question(s))? Its file is moved to %2 (move it back to list it again). PK sessions already played keep the questions they used.</source>
        <translation>
            <numerusform>删除题库 %1（%n 道题）？其文件将移到 %2（移回原处即可重新列出）。已进行的 PK 比赛保留所用的题目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/bank_delete.py" line="95"/>
        <source>The %n picture(s) only this bank shows go with it, into the same folder; pictures another bank or a past PK session shows stay.</source>
        <translation>
            <numerusform>只有这个题库用到的 %n 张图片也一并移到同一文件夹；其他题库或以往 PK 赛用到的图片保留原处。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_delete.py" line="109"/>
        <source>The bank was deleted, but these pictures could not be moved; they stay where they were:
%1</source>
        <translation>题库已删除，但下列图片无法移走，仍留在原处：
%1</translation>
    </message>
</context>
<context>
    <name>BankEditor</name>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="86"/>
        <source>Edit question bank</source>
        <translation>编辑题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="91"/>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="92"/>
        <source>Title in English (optional)</source>
        <translation>英文标题（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="96"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="104"/>
        <source>A built-in bank is read-only. Duplicate it to edit your own copy.</source>
        <translation>内置题库只读。复制一份即可编辑你自己的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="106"/>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="119"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="124"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="126"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="129"/>
        <source>Move up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="132"/>
        <source>Move down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="157"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="160"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="163"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="196"/>
        <source>id %1 · version %2</source>
        <translation>编号 %1 · 第 %2 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="251"/>
        <source>question %1: </source>
        <translation>第 %1 题：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/bank_editor.py" line="255"/>
        <source>%n problem(s), not saved until fixed. First: %1%2</source>
        <translation>
            <numerusform>%n 个问题，改好之前不能保存。第一个：%1%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="262"/>
        <source>saving… </source>
        <translation>保存中… </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="265"/>
        <source>%1id %2 · version %3 · %4 questions</source>
        <translation>%1编号 %2 · 第 %3 版 · %4 道题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="290"/>
        <source>Edit question %1</source>
        <translation>编辑题目 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="299"/>
        <source>Edit title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="314"/>
        <source>Add question %1</source>
        <translation>添加题目 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="321"/>
        <source>Duplicate question</source>
        <translation>复制题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="330"/>
        <source>Delete question %1</source>
        <translation>删除题目 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_editor.py" line="340"/>
        <source>Move question</source>
        <translation>移动题目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/bank_editor.py" line="354"/>
        <source>Saving %1 (%n question(s))…</source>
        <translation>
            <numerusform>正在保存 %1（%n 道题）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankList</name>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="57"/>
        <source>Built-in banks are read-only: duplicate one to edit your own copy. Your banks are kept in %1.</source>
        <translation>内置题库只读：复制一份即可编辑你自己的副本。你的题库保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="65"/>
        <source>Bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="65"/>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="65"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="65"/>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="74"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="76"/>
        <source>&amp;Duplicate to edit</source>
        <translation>复制后编辑(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="78"/>
        <source>&amp;New bank…</source>
        <translation>新建题库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="80"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="82"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="84"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="112"/>
        <source>built-in (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="112"/>
        <source>your own</source>
        <translation>自己的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="118"/>
        <source>These files have errors and were not loaded:</source>
        <translation>这些文件有错误，未能载入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="138"/>
        <source>Built-in banks cannot be deleted</source>
        <translation>内置题库不能删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="163"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="177"/>
        <source>New bank</source>
        <translation>新建题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="177"/>
        <source>Title of the new bank (Chinese):</source>
        <translation>新题库的标题（中文）：</translation>
    </message>
</context>
<context>
    <name>BankQuestionList</name>
    <message>
        <location filename="../../desktop/ui/content/bank_question_list.py" line="36"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_question_list.py" line="40"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_question_list.py" line="80"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/bank_question_list.py" line="117"/>
        <source>(no text yet)</source>
        <translation>（尚未填写题目）</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/ui/shell/busy_bar.py" line="54"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/busy_bar.py" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>BuzzerCheckDialog</name>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="40"/>
        <source>Buzzer check</source>
        <extracomment>The summary line&apos;s look: green once every key arrived, a warning when keys were dropped.</extracomment>
        <translation>抢答器检测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="48"/>
        <source>1. Each group presses its key alone: its tile turns green.
2. Then all groups press at the same moment: the line below says how many keys arrived together.</source>
        <translation>1. 各组依次单独按下自己的抢答键：对应的方块会变绿。
2. 然后所有组同时按键：下面一行会显示同时收到了几个按键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="79"/>
        <source>Start again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="132"/>
        <source>Registered %1 of %2 keys.</source>
        <translation>已收到 %1/%2 个按键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="134"/>
        <source>Not yet: %1</source>
        <translation>尚未收到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="137"/>
        <source>Pressed together: %1 of %2 keys arrived within half a second.</source>
        <translation>同时按下：半秒内收到了 %1/%2 个按键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/buzzer_check.py" line="145"/>
        <source>If every group pressed, this keyboard drops simultaneous keys: use fewer groups per keyboard or USB buzzers.</source>
        <translation>如果所有组都按了，说明这个键盘会丢失同时按下的按键：请减少每个键盘上的组数，或改用 USB 抢答器。</translation>
    </message>
</context>
<context>
    <name>ClassExports</name>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="61"/>
        <source>Class report (PDF)…</source>
        <extracomment>writes a file with the store, telling ``on_page(done, total)`` each page; the pages written shown while a file is written (kept for its Cancel)</extracomment>
        <translation>班级报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="62"/>
        <source>Totals for HR (CSV)…</source>
        <translation>总分表（CSV，供人事）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="63"/>
        <source>Paper forms (PDF)…</source>
        <translation>纸质表单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="65"/>
        <source>The chosen form for every trainee and rater role, each with its code</source>
        <translation>所选表单：每位学员、每种评分人各一份，各带表单编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="98"/>
        <source>Save the class report</source>
        <translation>保存班级报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="99"/>
        <source>%1 class report</source>
        <translation>%1 班级报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="102"/>
        <source>Save the totals for HR</source>
        <translation>保存总分表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="103"/>
        <source>%1 totals</source>
        <translation>%1 总分表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="129"/>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="164"/>
        <source>Reading the class&apos;s rounds…</source>
        <translation>正在读取本班的轮次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="136"/>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="177"/>
        <source>Print paper forms</source>
        <translation>打印纸质表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="142"/>
        <source>Round printed on the forms (type a new name to add a round):</source>
        <translation>表单上印的轮次（输入新名称即新增一轮）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="196"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_exports.py" line="211"/>
        <source>Writing %1: page %2 of %3</source>
        <translation>正在写入 %1：第 %2 页 / 共 %3 页</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="58"/>
        <source>Class view</source>
        <translation>全班概况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="64"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="65"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="66"/>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="84"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="85"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="86"/>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="87"/>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="88"/>
        <source>Spread (SD)</source>
        <translation>离散度（标准差）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="89"/>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="97"/>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="151"/>
        <source>Trainees</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="97"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="97"/>
        <source>Range</source>
        <translation>分数范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="119"/>
        <source>All trainees</source>
        <translation>全部学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="202"/>
        <source>%1 trainees with this form (each one&apos;s latest round)</source>
        <translation>%1 名学员完成了这份测评（各取最近一轮）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="150"/>
        <source>Class mean</source>
        <translation>全班平均</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="150"/>
        <location filename="../../desktop/ui/scorecard/class_page.py" line="226"/>
        <source>%1: self-assessment bands</source>
        <translation>%1：自评等级分布</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="46"/>
        <source>self</source>
        <extracomment>the forms known today, by id (a form answered with a version that has no file is found in the store)</extracomment>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="47"/>
        <source>observers</source>
        <translation>观察员评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="48"/>
        <source>Class: %1 · %2 trainees · report of %3</source>
        <translation>班级：%1 · %2 名学员 · 报告日期 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="49"/>
        <source>%1: %2 trainees; rounds: %3</source>
        <translation>%1：%2 名学员；轮次：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="50"/>
        <source>No forms filled in yet in this class.</source>
        <translation>本班还没有填写任何表单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="51"/>
        <source>Class report: %1</source>
        <translation>班级测评报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="52"/>
        <source>%1: each trainee&apos;s total per round</source>
        <translation>%1：每位学员各轮总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="53"/>
        <source>%1, class mean</source>
        <translation>%1 班级均值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="54"/>
        <source>%1: class mean per round (%2)</source>
        <translation>%1：各轮班级均值（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="55"/>
        <source>%1: self-assessment bands per round</source>
        <translation>%1：各轮自评等级分布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="56"/>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="74"/>
        <source>&quot;Others&quot; is the mean of the supervisor, the colleagues and the observers; colleagues count only as a mean of at least 3 (fewer are left out of every figure). Change: last round minus first.</source>
        <translation>“他评”是主管、同事和观察员评分的平均值；同事评分只以至少 3 人的平均值计入（不足 3 人时不计入任何数字）。变化：最后一轮减第一轮。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="57"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="58"/>
        <source>%1 self</source>
        <translation>%1 自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="59"/>
        <source>%1 others</source>
        <translation>%1 他评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="60"/>
        <source>%1 observers</source>
        <translation>%1 观察员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="61"/>
        <source>Change (%1)</source>
        <translation>变化（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="62"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="63"/>
        <source>Trainee no.</source>
        <translation>学员编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="64"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="65"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="67"/>
        <source>Self total</source>
        <translation>自评总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="68"/>
        <source>Self band</source>
        <translation>自评等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="69"/>
        <source>Others&apos; total</source>
        <translation>他评总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="70"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="71"/>
        <source>Colleagues (mean of 3 or more)</source>
        <translation>同事（3 人及以上的均值）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="72"/>
        <source>Colleagues who rated</source>
        <translation>评分同事人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="73"/>
        <source>Observers who rated</source>
        <translation>观察员人数</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="71"/>
        <source>Console — %1</source>
        <extracomment>Where the session&apos;s dialogs open; the manager points it at the stage when the room sees this screen.</extracomment>
        <translation>主持人控制台 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="113"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="113"/>
        <location filename="../../desktop/ui/pk/console.py" line="116"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="113"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="113"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="116"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="116"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="116"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="128"/>
        <source>Scoreboard</source>
        <extracomment>Where the phones&apos; panel goes (QR, PIN, seats) when phones are on; see pk_phones_view.</extracomment>
        <translation>记分牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="131"/>
        <source>Log (every event; undone ones are marked)</source>
        <translation>记录（全部事件；已撤销的会标出）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="94"/>
        <source>→/N next · ←/P previous · Space open/close buzzers · group keys buzz · F first-answer point · B + group key better-answer point · M + group key manual point · W withdraw · R reveal · T countdown · Ctrl+Z undo · F5 stage full screen · Ctrl+E end</source>
        <translation>→/N 下一题 · ←/P 上一题 · 空格 开放/关闭抢答 · 组键 抢答 · F 先答分 · B + 组键 优答分 · M + 组键 手动加分 · W 收回 · R 公布答案 · T 倒计时 · Ctrl+Z 撤销 · F5 投影全屏 · Ctrl+E 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="142"/>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="145"/>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="146"/>
        <location filename="../../desktop/ui/pk/console.py" line="246"/>
        <source>Open buzzers (Space)</source>
        <translation>开放抢答（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="147"/>
        <source>First-answer point (F)</source>
        <translation>先答分（F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="150"/>
        <source>Reveal answer (R)</source>
        <translation>公布答案（R）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="153"/>
        <source>Countdown (T)</source>
        <translation>倒计时（T）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="154"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="155"/>
        <source>Stage (F5)</source>
        <translation>投影（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="156"/>
        <source>Phones…</source>
        <translation>手机抢答…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="157"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="158"/>
        <source>End (Ctrl+E)</source>
        <translation>结束（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="184"/>
        <source>%1 · %2 questions · press → for the first</source>
        <translation>%1 · 共 %2 题 · 按 → 出第一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="193"/>
        <source>Question %1 of %2 · %3 · %4 · difficulty %5</source>
        <translation>第 %1/%2 题 · %3 · %4 · 难度 %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="203"/>
        <source>Reference answer: %1</source>
        <translation>参考答案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="211"/>
        <source>(revealed on the stage)</source>
        <translation>（已在投影上公布）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="211"/>
        <source>(not yet revealed)</source>
        <translation>（尚未公布）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="219"/>
        <source>The session has ended.</source>
        <translation>本场 PK 已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="222"/>
        <source>Buzzers OPEN · may buzz: %1</source>
        <translation>抢答已开放 · 可抢答：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="224"/>
        <source>Buzzers closed</source>
        <translation>抢答已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="229"/>
        <source>first</source>
        <translation>最先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="231"/>
        <source>TIE — decide</source>
        <translation>并列 — 请裁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="235"/>
        <source>%1 (phone; raw %2)</source>
        <translation>%1（手机；原始 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="246"/>
        <source>Close buzzers (Space)</source>
        <translation>关闭抢答（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="253"/>
        <source>false starts: %1</source>
        <translation>抢早：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="263"/>
        <source>Better answer: press the key of the group (Esc cancels)</source>
        <translation>优答分：请按获分小组的按键（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="265"/>
        <source>Tie: press the key of the group that gets the first-answer point (Esc cancels)</source>
        <translation>并列：请按获得先答分的小组按键（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="267"/>
        <source>Manual point: press the key of the group (Esc cancels)</source>
        <translation>手动加分：请按小组的按键（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="298"/>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="301"/>
        <source>The scores on screen are the saved ones; try again once fixed.</source>
        <translation>屏幕上的分数就是已保存的分数；问题解决后请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="311"/>
        <source>End the session</source>
        <translation>结束 PK 赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="312"/>
        <source>End the session and show the final scoreboard?</source>
        <translation>结束本场 PK 赛并显示最终记分牌吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="322"/>
        <location filename="../../desktop/ui/pk/console.py" line="331"/>
        <source>Manual point</source>
        <translation>手动加分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="323"/>
        <source>Points for %1:</source>
        <translation>给 %1 加几分：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="331"/>
        <source>Reason (one line, shown in the log):</source>
        <translation>理由（一行，显示在记录中）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="338"/>
        <source>There is no point to withdraw.</source>
        <translation>没有可以收回的分数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="345"/>
        <source>Withdraw a point</source>
        <translation>收回分数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/console.py" line="347"/>
        <source>Withdraw %1 point(s) of %2. Reason (one line):</source>
        <translation>收回 %2 的 %1 分。理由（一行）：</translation>
    </message>
</context>
<context>
    <name>ContentFile</name>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="52"/>
        <location filename="../../desktop/ui/content/content_file.py" line="59"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="70"/>
        <source>The file would have problems:</source>
        <translation>文件会有以下问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="75"/>
        <source>%1 was changed elsewhere (now version %2, opened at version %3). Close the editor and open it again.</source>
        <translation>%1 已在别处被修改（现在是第 %2 版，打开时是第 %3 版）。请关闭编辑器后重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="81"/>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>无法写入 %1：%2。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="91"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="92"/>
        <source>Save the changes before leaving?</source>
        <translation>离开前保存修改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_file.py" line="108"/>
        <source>Cannot move %1: %2. Nothing was changed.</source>
        <translation>无法移动 %1：%2。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="220"/>
        <source>Question banks and forms</source>
        <translation>题库与测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="226"/>
        <source>Question banks (PK quiz)</source>
        <translation>题库（PK 赛）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/content_page.py" line="227"/>
        <source>Assessment forms</source>
        <translation>测评表</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="41"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="43"/>
        <source>This computer: the file in the data folder (one computer)</source>
        <translation>本机：数据文件夹中的数据库文件（一台电脑使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="44"/>
        <source>A shared PostgreSQL server (several computers, one history)</source>
        <translation>共享的 PostgreSQL 服务器（多台电脑共用一份历史记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="47"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="48"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="56"/>
        <source>Server address (the password may be left out: ~/.pgpass)</source>
        <translation>服务器地址（密码可不写，放在 ~/.pgpass 中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="66"/>
        <source>The choice is used from the next start of the app.</source>
        <translation>此设置在下次启动本应用时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="93"/>
        <location filename="../../desktop/ui/data/database_dialog.py" line="139"/>
        <source>Type the server&apos;s address, e.g. %1</source>
        <translation>请输入服务器地址，例如 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="97"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="113"/>
        <source>Cannot use this server: %1</source>
        <translation>无法使用此服务器：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="117"/>
        <source>Connected, but a newer version of the app wrote its data (schema %1): update this app.</source>
        <translation>已连接，但其中的数据由更新版本的本应用写入（数据结构版本 %1）：请先更新本应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="124"/>
        <source>Connected to PostgreSQL %1. The database is empty: the app creates its tables at start.</source>
        <translation>已连接到 PostgreSQL %1。数据库为空：本应用启动时会自动建表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="129"/>
        <source>Connected to PostgreSQL %1: %2 trainees, %3 forms, %4 PK sessions.</source>
        <translation>已连接到 PostgreSQL %1：%2 名学员，%3 份测评表，%4 场 PK 赛。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/database_dialog.py" line="144"/>
        <source>The choice was not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="28"/>
        <source>New bank named</source>
        <translation>新题库，名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="29"/>
        <source>Add to my bank</source>
        <translation>添加到我的题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="53"/>
        <source>%1 (%2 questions)</source>
        <translation>%1（%2 题）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="66"/>
        <source>Choose one of your banks.</source>
        <translation>请选择您自己的一个题库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="70"/>
        <source>Give the new bank a name.</source>
        <translation>请为新题库命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="75"/>
        <source>“%1” is a built-in bank; choose another name.</source>
        <translation>“%1”是内置题库，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="78"/>
        <source>You already have a bank named “%1”: choose it under “Add to my bank”, or another name.</source>
        <translation>已有名为“%1”的题库：请在“添加到我的题库”中选择它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_destination.py" line="85"/>
        <source>%1 exists but does not load; fix it first (check-content).</source>
        <translation>%1 已存在但无法加载，请先修正（check-content）。</translation>
    </message>
</context>
<context>
    <name>DiscardUnfinished</name>
    <message>
        <location filename="../../desktop/ui/shell/discard_unfinished.py" line="21"/>
        <source>Discard form</source>
        <translation>放弃测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/discard_unfinished.py" line="22"/>
        <source>Discard this unfinished form and its answers?</source>
        <translation>放弃这份未完成的测评及其答案吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/discard_unfinished.py" line="29"/>
        <source>Discard PK session</source>
        <translation>放弃 PK 赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/discard_unfinished.py" line="34"/>
        <source>This PK session is open in its console: end it there (Ctrl+E).</source>
        <translation>这场 PK 赛已在主持人窗口中打开：请在那里结束（Ctrl+E）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/discard_unfinished.py" line="42"/>
        <source>End this PK session where it stopped? Its scores and every event are kept; it will no longer be offered to continue.</source>
        <translation>在中断处结束这场 PK 赛？得分和每一条记录都会保留，只是不再提供继续。</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="30"/>
        <location filename="../../desktop/ui/shell/error_guard.py" line="54"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>磁盘已满：请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="34"/>
        <source>The disk could not be written (it may be full or removed).</source>
        <translation>无法写入磁盘（可能已满或已被移除）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="38"/>
        <location filename="../../desktop/ui/shell/error_guard.py" line="44"/>
        <source>The data folder is read-only: choose a folder you can write to (--data-dir).</source>
        <translation>数据文件夹是只读的：请选择一个可以写入的文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="50"/>
        <source>The database file cannot be opened: the data folder may have been moved.</source>
        <translation>无法打开数据库文件：数据文件夹可能已被移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="57"/>
        <source>The app is not allowed to write there: choose another folder.</source>
        <translation>程序无权写入该位置：请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="68"/>
        <source>The disk holding the data folder is full:
%1
The app opened the data read-only: results can be viewed, exported and reported, but nothing new can be saved. Free some space on that disk, then restart the app.</source>
        <translation>数据文件夹所在的磁盘已满：
%1
应用已以只读方式打开数据：结果仍可查看、导出和生成报告，但无法保存任何新内容。请清理该磁盘的空间，然后重新启动应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="75"/>
        <source>The data folder is read-only:
%1
The app opened the data read-only: results can be viewed, exported and reported, but nothing new can be saved. Make the folder writable, or start the app with --data-dir on a folder you can write to, then restart it.</source>
        <translation>数据文件夹是只读的：
%1
应用已以只读方式打开数据：结果仍可查看、导出和生成报告，但无法保存任何新内容。请让该文件夹可写，或用 --data-dir 指定一个可写的文件夹，然后重新启动应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="90"/>
        <source>The database server cannot be reached (is it running, is the network up?). The app reconnects by itself once the server answers.</source>
        <translation>无法连接数据库服务器（服务器是否在运行？网络是否正常？）。服务器恢复响应后，本应用会自动重新连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="104"/>
        <source>The database refused it: %1.</source>
        <translation>数据库拒绝了这次写入：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="107"/>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="152"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="161"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="170"/>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="172"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="176"/>
        <source>Everything saved before this is kept; the app keeps running.</source>
        <translation>此前保存的内容都不会丢失；程序继续运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_guard.py" line="182"/>
        <source>The details are in the log: %1</source>
        <translation>详细信息已写入日志：%1</translation>
    </message>
</context>
<context>
    <name>ExportBank</name>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="23"/>
        <source>Excel table with Chinese headers (re-importable)</source>
        <translation>Excel 表格（中文表头，可再导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="24"/>
        <source>Kahoot template (choice questions)</source>
        <translation>Kahoot 模板（选择题）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="25"/>
        <source>Moodle GIFT</source>
        <translation>Moodle GIFT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="31"/>
        <source>%1: not exported: the format has no %2 question kind</source>
        <translation>%1：未导出：该格式没有“%2”题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="32"/>
        <source>%1: not exported: %2 options; Kahoot takes at most 4</source>
        <translation>%1：未导出：有 %2 个选项，Kahoot 最多 4 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="33"/>
        <source>%1: not exported: the question is %2 characters; Kahoot allows 120</source>
        <translation>%1：未导出：题目有 %2 个字符，Kahoot 最多 120 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="34"/>
        <source>%1: not exported: option %2 is longer than Kahoot&apos;s 75 characters</source>
        <translation>%1：未导出：选项 %2 超过 Kahoot 的 75 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="35"/>
        <source>%1: not exported: an answer, tag or scoring point contains “%2”, which the import reads as a separator</source>
        <translation>%1：未导出：答案、标签或评分要点中含有“%2”，导入时会被当作分隔符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="36"/>
        <source>%1: not exported: an answer contains “-&gt;”, which GIFT reads as a matching question</source>
        <translation>%1：未导出：答案中含有“-&gt;”，GIFT 会把它读成连线题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="45"/>
        <source>%1 questions exported, %2 left out: %3</source>
        <translation>已导出 %1 道题，%2 道未导出：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="57"/>
        <location filename="../../desktop/ui/content/export_bank.py" line="69"/>
        <location filename="../../desktop/ui/content/export_bank.py" line="79"/>
        <location filename="../../desktop/ui/content/export_bank.py" line="81"/>
        <source>Export bank</source>
        <translation>导出题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="58"/>
        <source>Export “%1” as:</source>
        <translation>将“%1”导出为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/export_bank.py" line="77"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FormCodeField</name>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="29"/>
        <source>Paper form? Type the code printed at its top right</source>
        <translation>纸质表单？请输入表单右上角印的编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="30"/>
        <source>Form code</source>
        <translation>表单编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="75"/>
        <source>Form code: character %1 (“%2”) cannot be in a code (letters and digits only).</source>
        <translation>表单编码：第 %1 个字符（“%2”）不能出现在编码中（只有字母和数字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="81"/>
        <source>Form code: the code is of a form this app does not have (check its content folder).</source>
        <translation>表单编码：这个编码对应的表单本程序中没有（请检查内容文件夹）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="84"/>
        <source>Form code: too short; a code has at least 4 characters.</source>
        <translation>表单编码：太短；编码至少有 4 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="86"/>
        <source>Form code: two loaded forms share this code; pick the form by hand.</source>
        <translation>表单编码：有两份表单共用这个编码；请手动选择表单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/form_code_field.py" line="87"/>
        <source>Form code: a character is mistyped or two are swapped; check it against the paper.</source>
        <translation>表单编码：有字符输错或两个字符顺序颠倒；请对照纸质表单检查。</translation>
    </message>
</context>
<context>
    <name>FormList</name>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="100"/>
        <source>Built-in forms are read-only: duplicate one to edit your own copy. Your forms are kept in %1.</source>
        <translation>内置测评表只读：复制一份即可编辑你自己的副本。你的测评表保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="109"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="109"/>
        <source>Statements</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="109"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="109"/>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="117"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="119"/>
        <source>&amp;Duplicate to edit</source>
        <translation>复制后编辑(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="121"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="127"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="131"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="147"/>
        <source>built-in (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="147"/>
        <source>your own</source>
        <translation>自己的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="153"/>
        <source>These files have errors and were not loaded:</source>
        <translation>这些文件有错误，未能载入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="165"/>
        <source>Built-in forms cannot be deleted</source>
        <translation>内置测评表不能删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="183"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="212"/>
        <source>Counting the forms answered…</source>
        <translation>正在统计已填写的测评表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="216"/>
        <source>Delete form</source>
        <translation>删除测评表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/form_list.py" line="220"/>
        <source>%n form(s) were answered with %1. It stays, so that their results, history and radars keep showing; edit it instead (they keep the version they were answered with).</source>
        <translation>
            <numerusform>已有 %n 份测评用 %1 填写。为了它们的结果、历史和雷达图照常显示，该测评表予以保留；可以改为编辑它（已填写的测评保留填写时的版本）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="228"/>
        <source>Delete the form %1? Its file is moved to %2 (move it back to list it again).</source>
        <translation>删除测评表 %1？其文件将移到 %2（移回原处即可重新列出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/form_list.py" line="247"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="44"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="45"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="46"/>
        <source>Teal</source>
        <translation>青绿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="47"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="48"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="49"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="50"/>
        <source>Slate</source>
        <translation>墨绿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="51"/>
        <source>Pink</source>
        <translation>玫红</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="52"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="53"/>
        <source>Brown</source>
        <translation>棕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="54"/>
        <source>Cyan</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="55"/>
        <source>Indigo</source>
        <translation>靛蓝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="63"/>
        <source>first-answer point</source>
        <translation>先答分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="64"/>
        <source>better-answer point</source>
        <translation>优答分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="65"/>
        <source>manual point</source>
        <translation>手动加分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="66"/>
        <source>withdraw a point</source>
        <translation>收回分数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="67"/>
        <source>reveal the answer</source>
        <translation>公布答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="68"/>
        <source>countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="69"/>
        <source>next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="70"/>
        <source>previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="71"/>
        <source>open / close the buzzers</source>
        <translation>开放/关闭抢答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="72"/>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="73"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="74"/>
        <source>move between controls</source>
        <translation>切换控件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="75"/>
        <source>stage full screen</source>
        <translation>投影全屏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="76"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="77"/>
        <source>end the session</source>
        <translation>结束比赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="83"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="85"/>
        <source>%1&apos;s buzz key %2 clashes with the facilitator&apos;s command key %3 (%4): choose another key.</source>
        <translation>%1的抢答键 %2 与主持人命令键 %3（%4）冲突，请换一个键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="125"/>
        <source>Other colour</source>
        <translation>其他颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="140"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="141"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="142"/>
        <source>Buzz key</source>
        <translation>抢答键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="143"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="169"/>
        <location filename="../../desktop/ui/pk/group_table.py" line="216"/>
        <source>Group %1</source>
        <translation>第%1组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="221"/>
        <source>%1 has no buzz key: type one key in its row.</source>
        <translation>%1还没有抢答键：请在这一行输入一个键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="226"/>
        <source>%1&apos;s buzz key must be one key, not %2.</source>
        <translation>%1的抢答键只能是一个键，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="229"/>
        <source>%1&apos;s buzz key %2 is already the key of %3: every group needs its own key.</source>
        <translation>%1的抢答键 %2 已是%3的键：每组需要自己的键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="243"/>
        <source>Group %1 has no name.</source>
        <translation>第%1组还没有名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/group_table.py" line="246"/>
        <source>Two groups are called %1: give each its own name.</source>
        <translation>有两个组都叫%1：请给每组起不同的名称。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/handover_page.py" line="28"/>
        <source>Thank you — the form is saved.</source>
        <translation>谢谢！评分已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/handover_page.py" line="38"/>
        <source>See my result</source>
        <translation>查看我的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/handover_page.py" line="39"/>
        <source>Home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/handover_page.py" line="56"/>
        <source>Hand the laptop to the next rater. Earlier answers are not shown.</source>
        <translation>请把电脑交给下一位评分人。之前的答案不会显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/handover_page.py" line="57"/>
        <source>Next rater for %1 (Enter)</source>
        <translation>下一位评分人：为 %1 评分（Enter）</translation>
    </message>
</context>
<context>
    <name>HistoryFixes</name>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="28"/>
        <source>Merge duplicate…</source>
        <translation>合并重复记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="30"/>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="65"/>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="75"/>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="34"/>
        <source>Move a form…</source>
        <translation>移动测评表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="36"/>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="117"/>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="126"/>
        <source>Rename round…</source>
        <translation>重命名轮次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="67"/>
        <source>Put the data back as it was before the merge? Anything entered since is set aside in a backup taken first (listed in Restore).</source>
        <translation>把数据恢复到合并之前的样子吗？合并后录入的内容会先存入一份备份（在“恢复”中列出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_fixes.py" line="118"/>
        <source>New name of this round, for the whole class (e.g. 培训前, 培训后, a date):</source>
        <translation>这一轮的新名称（全班通用，如 培训前、培训后 或日期）：</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="69"/>
        <source>Trainees and results</source>
        <translation>学员与结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="75"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="100"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="101"/>
        <source>Self total</source>
        <translation>自评总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="102"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="103"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="104"/>
        <source>Colleagues (mean)</source>
        <translation>同事（平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="105"/>
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="120"/>
        <source>Open result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="121"/>
        <source>Rate this trainee</source>
        <translation>为该学员评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="175"/>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="199"/>
        <source>%1 (%2 forms)</source>
        <translation>%1（%2 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="247"/>
        <source>No trainees yet. Start a form from the home screen.</source>
        <translation>还没有学员。请从首页开始一份测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="275"/>
        <source>%1 rated, not shown</source>
        <translation>%1 人已评，不显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/history_page.py" line="290"/>
        <source>No completed forms of this kind yet.</source>
        <translation>这份测评还没有完成的记录。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="49"/>
        <source>Training Assessment</source>
        <translation>课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="55"/>
        <location filename="../../desktop/ui/shell/home_page.py" line="59"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="61"/>
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="71"/>
        <source>Offline assessments for customer-service training classes</source>
        <translation>客户服务培训课堂测评 · 离线使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="76"/>
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="88"/>
        <source>&amp;1  Self-assessment
Rate your own skill at soothing customers, one statement at a time</source>
        <translation>&amp;1  自我测评
评估你安抚客户的技巧，一屏一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="92"/>
        <source>&amp;2  Rate a trainee (supervisor or colleague)
The same form; hand the laptop on after each rater</source>
        <translation>&amp;2  为学员评分（主管或同事）
同一份测评表；每位评分人提交后把电脑交给下一位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="96"/>
        <source>&amp;3  Trainees and results
Scores, bands, self vs others and the trend over time</source>
        <translation>&amp;3  学员与结果
总分、等级、自评与他评的对比以及历次趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="99"/>
        <source>&amp;4  Group PK quiz
Groups buzz in on a projector; first and better answers score</source>
        <translation>&amp;4  小组 PK 赛
各组在投影前抢答；先答和优答都得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="104"/>
        <source>&amp;5  Competency radar
EQ and communication: self vs others, before vs after, trainee vs class</source>
        <translation>&amp;5  能力雷达图
情商与沟通能力：自评与他评、培训前后、学员与全班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="155"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="157"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="163"/>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="250"/>
        <source>Some question banks have errors and were not loaded:</source>
        <translation>以下题库文件有错误，未能载入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/home_page.py" line="254"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="249"/>
        <source>Some assessment files have errors and were not loaded:</source>
        <translation>以下测评文件有错误，未能载入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="110"/>
        <source>&amp;6  Question banks and forms
Import, edit and export quiz questions; edit assessment forms</source>
        <translation>&amp;6  题库与测评表
导入、编辑和导出 PK 赛题目；编辑测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="275"/>
        <source>The database could not be read: the file is damaged. It was kept, unchanged, as:
%1</source>
        <translation>数据库无法读取：文件已损坏。原文件已原样保留为：
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="284"/>
        <source>The app started with a new, empty database. The newest backup is from %1 (%2): restore it to carry on with that data.</source>
        <translation>程序已用一个新的空数据库启动。最新的备份是 %1（%2）：恢复它即可继续使用那时的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="292"/>
        <source>There is no backup to restore, so the app started with a new, empty database.</source>
        <translation>没有可恢复的备份，程序已用一个新的空数据库启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="298"/>
        <source>The data folder %1 is on a network drive (%2). SQLite on a network drive can damage the database, above all when two computers use it. Use a folder on this computer, or a shared PostgreSQL server for several computers (--database, see the README).</source>
        <translation>数据文件夹 %1 位于网络驱动器上（%2）。SQLite 数据库放在网络驱动器上可能损坏，尤其是两台电脑同时使用时。请改用本机上的文件夹；多台电脑共用数据时，请使用共享的 PostgreSQL 服务器（--database，见 README）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="318"/>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/home_page.py" line="334"/>
        <source>Data: %1</source>
        <translation>数据文件：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="59"/>
        <location filename="../../desktop/ui/content/import_dialog.py" line="193"/>
        <source>Import questions</source>
        <extracomment>the encodings a trainer may force; &quot;&quot; = detected</extracomment>
        <translation>导入题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="81"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="86"/>
        <source>Kahoot or Wayground xlsx, a CSV or xlsx with 题目/答案 columns, GIFT, Aiken or a text list</source>
        <translation>Kahoot 或 Wayground 的 xlsx、含“题目/答案”列的 CSV 或 xlsx、GIFT、Aiken 或文本题目列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="92"/>
        <source>From a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="97"/>
        <source>Paste questions here, e.g.
1. 客户投诉时首先应该？[单选题]
A. 道歉
B. 解释
答案：A</source>
        <translation>在此粘贴题目，例如：
1. 客户投诉时首先应该？[单选题]
A. 道歉
B. 解释
答案：A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="102"/>
        <source>Preview the pasted text</source>
        <translation>预览粘贴的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="106"/>
        <source>Pasted text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="115"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="120"/>
        <location filename="../../desktop/ui/content/import_dialog.py" line="279"/>
        <source>Detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="126"/>
        <source>Columns (change what a column is read as; the preview follows):</source>
        <translation>列对应（可修改每列读作哪个字段，预览随之更新）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="168"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="195"/>
        <source>Question files</source>
        <translation>题目文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="215"/>
        <source>Pasted questions</source>
        <translation>粘贴的题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="235"/>
        <location filename="../../desktop/ui/content/import_dialog.py" line="340"/>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="255"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="260"/>
        <source>Choose a file or paste questions to see them here.</source>
        <translation>选择文件或粘贴题目后，题目会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="272"/>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="277"/>
        <source>Detected (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="295"/>
        <source>Import %1 valid questions, skip %2</source>
        <translation>导入 %1 道有效题，跳过 %2 道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="323"/>
        <source>Kahoot template (xlsx)</source>
        <translation>Kahoot 模板（xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="324"/>
        <source>Wayground / Quizizz (xlsx)</source>
        <translation>Wayground / Quizizz（xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="325"/>
        <source>Question table (CSV or xlsx)</source>
        <translation>题目表格（CSV 或 xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="326"/>
        <source>Moodle GIFT</source>
        <translation>Moodle GIFT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="327"/>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="328"/>
        <source>问卷星-style list</source>
        <translation>问卷星式题目列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="329"/>
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="352"/>
        <source>Nothing written:</source>
        <translation>未写入任何内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_dialog.py" line="360"/>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>无法写入 %1：%2。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="34"/>
        <source>Option %1</source>
        <translation>选项%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="36"/>
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="37"/>
        <location filename="../../desktop/ui/content/import_preview.py" line="131"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="38"/>
        <source>Options (one cell)</source>
        <translation>选项（同一格）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="39"/>
        <location filename="../../desktop/ui/content/import_preview.py" line="133"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="40"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="41"/>
        <source>Tags</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="42"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="43"/>
        <source>Scoring points</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="49"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="50"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="51"/>
        <source>True/false</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="52"/>
        <source>Fill in</source>
        <translation>填空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="53"/>
        <source>Open</source>
        <translation>简答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="60"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="61"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="62"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="63"/>
        <source>Duplicate (skipped)</source>
        <translation>重复（跳过）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="69"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="71"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="83"/>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="96"/>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="101"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="128"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="130"/>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="132"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/import_preview.py" line="134"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="65"/>
        <source>Edit assessment form</source>
        <extracomment>the first time, a change typed into a cell is on screen already; other changes are drawn</extracomment>
        <translation>编辑测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="68"/>
        <source>A built-in form is read-only. Duplicate it to edit your own copy.</source>
        <translation>内置测评表只读。复制一份即可编辑你自己的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="70"/>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="81"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="81"/>
        <source>Instructions</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="87"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="112"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="87"/>
        <source>English (optional)</source>
        <translation>英文（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="95"/>
        <source>Answer scale</source>
        <translation>评分等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="98"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="99"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="111"/>
        <source>Value</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="113"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="118"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="121"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="128"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="121"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="122"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="122"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="123"/>
        <source>Description (English)</source>
        <translation>英文说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="126"/>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="128"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="129"/>
        <source>Statement</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="129"/>
        <source>Statement (English)</source>
        <translation>英文题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="130"/>
        <source>Reverse</source>
        <translation>反向计分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="134"/>
        <source>Statements</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="136"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="136"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="137"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="137"/>
        <source>Band (English)</source>
        <translation>英文等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="138"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="138"/>
        <source>Advice (English)</source>
        <translation>英文建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="141"/>
        <source>Bands</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="147"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="150"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="153"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="183"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="302"/>
        <source>Add statement</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="184"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="306"/>
        <source>Add band</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="185"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="304"/>
        <source>Add dimension</source>
        <translation>添加维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="189"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="318"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/instrument_editor.py" line="257"/>
        <source>%n problem(s), not saved until fixed:</source>
        <translation>
            <numerusform>%n 个问题，改好之前不能保存：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="263"/>
        <source>%1id %2 · version %3</source>
        <translation>%1编号 %2 · 第 %3 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="264"/>
        <source>saving… </source>
        <translation>保存中… </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="280"/>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="285"/>
        <source>Change the answer scale</source>
        <translation>更改答题刻度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="292"/>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="323"/>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="331"/>
        <source>Delete dimension</source>
        <translation>删除维度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/content/instrument_editor.py" line="334"/>
        <source>Delete the dimension %1 and its %n statement(s)? Forms already answered keep them: they show and score with the version they were answered with.</source>
        <translation>
            <numerusform>删除维度 %1 及其 %n 道题目？已填写的测评表不受影响：它们按填写时的版本显示和计分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="351"/>
        <source>Move statement</source>
        <translation>移动题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="351"/>
        <source>Move dimension</source>
        <translation>移动维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/instrument_editor.py" line="366"/>
        <source>Saving the form %1…</source>
        <translation>正在保存测评表 %1…</translation>
    </message>
</context>
<context>
    <name>InterfaceDialog</name>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="63"/>
        <source>Phones as buzzers</source>
        <translation>手机抢答器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="68"/>
        <source>Phones join over this computer&apos;s network, with no internet. Pick the network the phones are on (the classroom&apos;s Wi-Fi); the stage then shows a QR code and a PIN.</source>
        <translation>手机通过本机所在的网络加入，无需互联网。请选择手机所连的网络（教室的 Wi-Fi）；大屏幕随后显示二维码和 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="78"/>
        <source>(this computer only)</source>
        <translation>（仅本机）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="80"/>
        <source>(public address: asks first)</source>
        <translation>（公网地址：会先确认）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="51"/>
        <source>Training Assessment</source>
        <translation>课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="333"/>
        <source>Restore from backup</source>
        <extracomment>a screen opened before the store was ready, and how to fill it once it is</extracomment>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="334"/>
        <source>Close the PK session windows first, then restore the backup.</source>
        <translation>请先关闭 PK 赛窗口，再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="360"/>
        <source>Restored the backup from %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="362"/>
        <source>The damaged database was kept as %1.</source>
        <translation>损坏的数据库已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>MergeTrainees</name>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="35"/>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="99"/>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="109"/>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="120"/>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="37"/>
        <source>The other record of %1 (its forms move to this one, then it is removed):</source>
        <translation>%1 的另一条记录（其测评表移到这条记录，然后删除它）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="52"/>
        <source>Merge %1 into %2?</source>
        <translation>把 %1 合并到 %2 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="56"/>
        <source>Forms that move: %1.</source>
        <translation>移过来的测评表：%1 份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="61"/>
        <source>Forms replaced by a later one of the same rater in the same round: %1.</source>
        <translation>被同一评分人同一轮次中较新的一份替换的测评表：%1 份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="70"/>
        <source>Rounds added to %1: %2.</source>
        <translation>%1 新增轮次：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="71"/>
        <source>no class</source>
        <translation>无班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="76"/>
        <source>The data is on a shared server: the merge cannot be undone from this app.</source>
        <translation>数据在共享服务器上：合并后无法在本应用中撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="80"/>
        <source>A backup is taken first: Undo the merge puts everything back as it was.</source>
        <translation>合并前会先备份：“撤销合并”可把一切恢复原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="100"/>
        <source>There is no other trainee record to merge.</source>
        <translation>没有其他学员记录可以合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/merge_trainees.py" line="121"/>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
</context>
<context>
    <name>MoveFormDialog</name>
    <message>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="32"/>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="83"/>
        <source>Move a form to another round</source>
        <translation>把测评表移到另一轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="36"/>
        <source>The form then counts in the round it is moved to: in results, radars and reports.</source>
        <translation>移动后，这份测评表在结果、雷达图和报告中都计入新的轮次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="47"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="52"/>
        <source>Move to round</source>
        <translation>移到轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/move_form_dialog.py" line="85"/>
        <source>The same rater already has a form about this trainee in round %1. Moving this one there replaces it. Go on?</source>
        <translation>同一评分人在“%1”轮已有一份关于该学员的测评表。移过去会替换那一份。继续吗？</translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="61"/>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="62"/>
        <source>Option %1 is correct</source>
        <translation>选项 %1 正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="69"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="70"/>
        <source>English (optional)</source>
        <translation>英文（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="78"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="79"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/pair_rows.py" line="80"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PaperForms</name>
    <message>
        <location filename="../../desktop/ui/scorecard/class_report_builder.py" line="79"/>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="30"/>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="101"/>
        <source>Round %1</source>
        <translation>第%1轮</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="86"/>
        <source>%1 = can&apos;t judge</source>
        <translation>%1 = 无法评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="87"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="88"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="89"/>
        <source>Rated by</source>
        <translation>评分人角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="90"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="91"/>
        <source>Rater&apos;s name</source>
        <translation>评分人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="92"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="93"/>
        <source>Form code</source>
        <translation>表单编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="94"/>
        <source>Statement (tick one box per row)</source>
        <translation>题目（每行勾选一格）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="95"/>
        <source>Typing it in: quick entry of a paper form, the code %1 first, then one digit per row in order (%2 rows; 0 = can&apos;t judge).</source>
        <translation>录入方法：选择“快速录入纸质表单”，先输入表单编码 %1，再按顺序每行输入一个数字（共 %2 行；0 = 无法评价）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="100"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="156"/>
        <source>Answer for yourself: tick how often you really did each of these things recently, not how they should be done.</source>
        <translation>请为自己作答：按最近一段时间的真实表现，勾选每种做法出现的频率，而不是理想中应该怎么做。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="162"/>
        <source>Observer: tick how consistently you saw each point done during the role play; if the role play did not show it, tick 0.</source>
        <translation>观察员：请勾选角色扮演中你看到每一项做到的程度；角色扮演中没有出现的项目，请勾选 0。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="168"/>
        <source>Supervisor: tick how often you have really seen each behaviour recently; if you have not seen it, tick 0.</source>
        <translation>主管：请勾选最近一段时间你真正看到每种行为出现的频率；没有看到过的，请勾选 0。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/paper_forms_builder.py" line="173"/>
        <source>Colleague: tick how often you have really seen each behaviour recently; if you have not seen it, tick 0. Colleagues&apos; answers are only ever shown as a mean of at least 3.</source>
        <translation>同事：请勾选最近一段时间你真正看到每种行为出现的频率；没有看到过的，请勾选 0。同事的评分只以至少 3 人的平均值显示。</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="112"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="112"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="112"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="112"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="112"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="127"/>
        <source>Phones: on</source>
        <translation>手机抢答：已开启</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="131"/>
        <source>%1 · PIN %2</source>
        <translation>%1 · PIN %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="133"/>
        <source>Phones: off</source>
        <translation>手机抢答：已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="147"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="147"/>
        <source>dropped</source>
        <translation>已掉线</translation>
    </message>
</context>
<context>
    <name>PkExport</name>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="52"/>
        <source>(withdrawn)</source>
        <translation>（已收回）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="55"/>
        <source>withdrawn</source>
        <translation>收回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="85"/>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="86"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="87"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="88"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="97"/>
        <location filename="../../desktop/ui/pk/export.py" line="140"/>
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="98"/>
        <source>Question id</source>
        <translation>题目编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="99"/>
        <location filename="../../desktop/ui/pk/export.py" line="141"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="100"/>
        <location filename="../../desktop/ui/pk/export.py" line="142"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="101"/>
        <location filename="../../desktop/ui/pk/export.py" line="143"/>
        <source>Buzz order</source>
        <translation>抢答顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="102"/>
        <source>First answer</source>
        <translation>先答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="103"/>
        <source>Better answer</source>
        <translation>优答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="104"/>
        <location filename="../../desktop/ui/pk/export.py" line="144"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="105"/>
        <location filename="../../desktop/ui/pk/export.py" line="145"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="128"/>
        <source>Winner</source>
        <translation>获胜</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/export.py" line="137"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
</context>
<context>
    <name>PkLog</name>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="19"/>
        <source>first answer</source>
        <translation>先答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="20"/>
        <source>better answer</source>
        <translation>优答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="21"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="39"/>
        <source>Question %1 shown</source>
        <translation>出示第 %1 题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="41"/>
        <source>Buzzers opened</source>
        <translation>开放抢答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="43"/>
        <source>Buzzers closed</source>
        <translation>抢答已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="46"/>
        <source>Buzz: %1 (phone %2, judged %3 ms before it arrived)</source>
        <translation>抢答：%1（手机 %2，按到达时间提前 %3 毫秒判定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="52"/>
        <source>Buzz: %1</source>
        <translation>抢答：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="54"/>
        <source>Phones on at %1:%2</source>
        <translation>手机抢答已开启：%1:%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="58"/>
        <source>Phone %1 joined %2 (%3)</source>
        <translation>手机 %1 加入 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="65"/>
        <source>False start: %1 (phone %2), not a buzz</source>
        <translation>抢早：%1（手机 %2），不算抢答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="71"/>
        <source>Point: %1 +%2 (%3)</source>
        <translation>得分：%1 +%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="79"/>
        <source>Point of event #%1 withdrawn</source>
        <translation>收回第 #%1 条的得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="85"/>
        <source>Answer revealed</source>
        <translation>公布答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="87"/>
        <source>Countdown started (%1 s)</source>
        <translation>开始倒计时（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="91"/>
        <source>Countdown stopped</source>
        <translation>停止倒计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="93"/>
        <source>Undo of event #%1</source>
        <translation>撤销第 #%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="95"/>
        <source>Session ended</source>
        <translation>PK 赛结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/log.py" line="97"/>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
</context>
<context>
    <name>PkManager</name>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="158"/>
        <location filename="../../desktop/ui/pk/manager.py" line="194"/>
        <source>Phones as buzzers</source>
        <extracomment>Room for a window&apos;s frame and title bar, which are not known before it is shown (150 % scaling included). Builds the session clock from the log&apos;s last time; tests replace it with a fake clock.</extracomment>
        <translation>手机抢答器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="158"/>
        <source>Turn the phones off?</source>
        <translation>关闭手机抢答？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="171"/>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="174"/>
        <source>%1 may be reachable from the internet, not only from this room. Let phones join on it anyway?</source>
        <translation>%1 可能可以从互联网访问，而不只是本教室。仍然让手机通过它加入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="190"/>
        <source>The phones&apos; server cannot listen on %1: %2</source>
        <translation>手机抢答服务无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="216"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/manager.py" line="229"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>PkSetupPage</name>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="45"/>
        <source>Group PK quiz: set-up</source>
        <translation>小组 PK 赛：设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="62"/>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="70"/>
        <source>Add group</source>
        <translation>添加小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="71"/>
        <source>Remove group</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="80"/>
        <source>Load line-up</source>
        <translation>载入分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="81"/>
        <source>Save line-up…</source>
        <translation>保存分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="84"/>
        <source>Saved line-ups</source>
        <translation>已保存的分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="92"/>
        <source>Session</source>
        <translation>本场设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="96"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="103"/>
        <source>Points for answering first</source>
        <translation>先答得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="104"/>
        <source>Points for the better answer</source>
        <translation>优答得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="105"/>
        <source>Tie window</source>
        <translation>并列判定时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="106"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="108"/>
        <source>Phones as buzzers (pick the network when the session starts)</source>
        <translation>用手机抢答（开始时选择网络）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="109"/>
        <source>Phones</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="118"/>
        <source>Buzzer check…</source>
        <translation>抢答器检测…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="120"/>
        <source>Start the session</source>
        <translation>开始 PK 赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="143"/>
        <source>PK session %1</source>
        <translation>PK 赛 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="182"/>
        <source>Save line-up</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="182"/>
        <source>Name of this line-up:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/setup_page.py" line="219"/>
        <source>Title: must not be empty</source>
        <translation>名称：不能为空</translation>
    </message>
</context>
<context>
    <name>PkText</name>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="25"/>
        <source>Open discussion</source>
        <extracomment>A group&apos;s name in a headline is cut to this many characters, on both windows alike.</extracomment>
        <translation>开放讨论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="26"/>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="27"/>
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="28"/>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="29"/>
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="44"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="46"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="67"/>
        <source>deck %1, slide %2</source>
        <translation>课件 %1 第 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="69"/>
        <source>deck %1</source>
        <translation>课件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="72"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="88"/>
        <source>Buzzers open — press your key!</source>
        <translation>抢答开始 — 请按抢答键！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="90"/>
        <source>%1 buzzed first!</source>
        <translation>%1 抢答成功！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="92"/>
        <source>Tie: %1 — the facilitator decides</source>
        <translation>并列：%1 — 主持人裁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="94"/>
        <source>The winner: %1</source>
        <translation>获胜：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/text.py" line="96"/>
        <source>A tie for first place: %1</source>
        <translation>并列第一：%1</translation>
    </message>
</context>
<context>
    <name>Podium</name>
    <message>
        <location filename="../../desktop/ui/pk/podium.py" line="69"/>
        <source>%1 points</source>
        <extracomment>Left to right: silver, gold, bronze. Step heights in pixels at 1080 p, and their colours (dark text reads on all three). Makes a stage label: (pixel size at 1080 p, bold, word wrap, extra style) → a label the stage scales.</extracomment>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="93"/>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="95"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="99"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="102"/>
        <source>The question in Chinese</source>
        <translation>中文题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="103"/>
        <source>The question in English (optional)</source>
        <translation>英文题目（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="106"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="114"/>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="117"/>
        <source>Options
(tick the correct)</source>
        <translation>选项
（勾选正确的）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="121"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="122"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="125"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="130"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="131"/>
        <location filename="../../desktop/ui/content/question_form.py" line="165"/>
        <source>English (optional)</source>
        <translation>英文（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="139"/>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="143"/>
        <source>Other accepted answers, separated by |</source>
        <translation>其他可接受的答案，用 | 分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="148"/>
        <source>Also accepted</source>
        <translation>也算对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="157"/>
        <source>Add scoring point</source>
        <translation>添加得分点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="160"/>
        <source>Scoring points</source>
        <translation>得分点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="164"/>
        <source>Shown after the answer (optional)</source>
        <translation>公布答案后显示（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="172"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="176"/>
        <source>1–5 tags, separated by commas</source>
        <translation>1–5 个标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="179"/>
        <source>optional: questions with the same name are asked once</source>
        <translation>可不填：同名的题目一场只问一次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="183"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="184"/>
        <source>Same fact</source>
        <translation>同一知识点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="189"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="191"/>
        <source>Remove the image</source>
        <translation>去掉图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="197"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="199"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="263"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="344"/>
        <location filename="../../desktop/ui/content/question_form.py" line="353"/>
        <source>Choose image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="344"/>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content/question_form.py" line="354"/>
        <source>Cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="41"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="47"/>
        <source>Banks</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="51"/>
        <source>Import questions…</source>
        <translation>导入题目…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="53"/>
        <source>Export bank…</source>
        <translation>导出题库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="54"/>
        <source>Export the highlighted bank to xlsx, Kahoot or GIFT</source>
        <translation>将选中的题库导出为 xlsx、Kahoot 或 GIFT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="65"/>
        <source>All questions</source>
        <translation>全部题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="66"/>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="67"/>
        <source>Random selection</source>
        <translation>随机抽题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="68"/>
        <source>Picked by hand</source>
        <translation>手动挑选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="84"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="105"/>
        <source>%1 (%2 questions, built-in)</source>
        <translation>%1（%2 题，内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="105"/>
        <source>%1 (%2 questions)</source>
        <translation>%1（%2 题）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="115"/>
        <source>These bank files have errors and were not loaded:</source>
        <translation>以下题库文件有错误，未能载入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/question_picker.py" line="215"/>
        <source>%1 questions selected</source>
        <translation>已选 %1 题</translation>
    </message>
</context>
<context>
    <name>QuickEntryPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="41"/>
        <source>Quick entry of a paper form</source>
        <translation>快速录入纸质表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="48"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="60"/>
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="60"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="60"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="73"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="74"/>
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="97"/>
        <source>Type the %1 answers in order, one digit each (%2–%3; 0 = can&apos;t judge). Spaces are ignored.</source>
        <translation>按顺序输入 %1 个答案，每题一个数字（%2–%3；0 = 无法评价）。空格会被忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="126"/>
        <source>%1 of %2 digits</source>
        <translation>已输入 %1/%2 个数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="133"/>
        <source>Answers: character %1 is one digit too many; the form has %2 statements.</source>
        <translation>答案：第 %1 个字符多出来了，这份表只有 %2 题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="141"/>
        <source>Answers: character %1 (“%2”) is not a digit from %3 to %4 or 0.</source>
        <translation>答案：第 %1 个字符（“%2”）不是 %3–%4 或 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="164"/>
        <source>0 · can&apos;t judge</source>
        <translation>0 · 无法评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/quick_entry_page.py" line="177"/>
        <source>Answers: %1 of %2 digits typed; type all of them to submit.</source>
        <translation>答案：已输入 %1/%2 个数字，全部输入后才能提交。</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="34"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="35"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="36"/>
        <source>Colleagues (mean)</source>
        <translation>同事（平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="37"/>
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="38"/>
        <source>Before</source>
        <translation>培训前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="39"/>
        <source>After</source>
        <translation>培训后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="40"/>
        <source>Class mean</source>
        <translation>全班平均</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="41"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="43"/>
        <source>Not on this radar (only some versions of the form have them): %1.</source>
        <translation>未列入此雷达图（仅表单的部分版本有这些维度）：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="46"/>
        <source>%1 trainees answered a version of the form on another scale: not in the class mean.</source>
        <translation>%1 名学员所填表单版本的量表不同，未计入班级平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/texts.py" line="49"/>
        <source>The two rounds were answered with versions of the form on different scales (%1–%2 and %3–%4): they cannot be compared on one radar.</source>
        <translation>这两轮所填的表单版本量表不同（%1–%2 与 %3–%4），无法在同一雷达图上比较。</translation>
    </message>
</context>
<context>
    <name>RadarControls</name>
    <message>
        <location filename="../../desktop/ui/radar/controls.py" line="19"/>
        <source>Self-ratings</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/controls.py" line="20"/>
        <source>Others&apos; ratings</source>
        <translation>他评</translation>
    </message>
</context>
<context>
    <name>RadarPage</name>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="75"/>
        <source>Competency radar</source>
        <translation>能力雷达图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="79"/>
        <location filename="../../desktop/ui/radar/page.py" line="90"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="83"/>
        <source>Self vs supervisor vs colleagues</source>
        <translation>自评 vs 主管 vs 同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="84"/>
        <source>Before vs after training</source>
        <translation>培训前 vs 培训后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="85"/>
        <source>Trainee vs class</source>
        <translation>学员 vs 全班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="91"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="92"/>
        <source>Overlay</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="93"/>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="104"/>
        <location filename="../../desktop/ui/radar/page.py" line="272"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="115"/>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="116"/>
        <source>Trainee report (PDF)…</source>
        <translation>学员报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="117"/>
        <source>Class view…</source>
        <translation>全班概况…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="168"/>
        <source>No trainees yet.</source>
        <translation>还没有学员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="169"/>
        <source>This trainee has no completed form of this kind yet.</source>
        <translation>该学员还没有完成这份测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="170"/>
        <source>Before vs after needs two rounds of this form.</source>
        <translation>培训前后对比需要这份测评至少有两轮记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="221"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="290"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="309"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/page.py" line="313"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>RaterRoundFields</name>
    <message>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="30"/>
        <source>Pick yourself from the class list or type your name; never shown beside a rating</source>
        <translation>从班级名单中选出自己，或输入姓名；评分旁从不显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="32"/>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="33"/>
        <source>Rater&apos;s name</source>
        <translation>评分人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="39"/>
        <source>The class&apos;s latest round, or type a new round&apos;s name</source>
        <translation>班级最近的一轮，或输入新一轮的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="41"/>
        <location filename="../../desktop/ui/scorecard/rater_round_fields.py" line="42"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="66"/>
        <source>Class: %1 · report of %2</source>
        <translation>班级：%1 · 报告日期 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="75"/>
        <source>No self-assessment yet</source>
        <translation>尚无自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="79"/>
        <source>Forms in this round: self %1, supervisor %2, colleagues %3. Colleagues are shown only as a mean of at least 3.</source>
        <translation>本轮测评：自评 %1 份，主管 %2 份，同事 %3 份。同事评分只以平均分显示，且至少要有 3 位同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="67"/>
        <source>Assessment report: %1</source>
        <translation>学员测评报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="87"/>
        <source>Biggest gaps between self and others</source>
        <translation>自评与他评差距最大的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="83"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="71"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="76"/>
        <source>Observation sheet: the mean of %1 observers&apos; ratings.</source>
        <translation>观察表：%1 位观察员评分的平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="84"/>
        <source>Others</source>
        <translation>他评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="85"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="86"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="88"/>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="89"/>
        <source>Statements the observers rated lowest</source>
        <translation>观察员评分最低的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="68"/>
        <source>No scorecard yet</source>
        <translation>尚无安抚技巧测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="69"/>
        <source>%1: self and others</source>
        <translation>%1：自评与他评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="70"/>
        <source>%1: before and after training</source>
        <translation>%1：培训前后对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="72"/>
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="73"/>
        <source>%1: total over time</source>
        <translation>%1：总分趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_builder.py" line="74"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <location filename="../../desktop/ui/scorecard/report_saving.py" line="29"/>
        <source>Save the trainee report</source>
        <translation>保存学员报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/report_saving.py" line="46"/>
        <source>Writing the report %1…</source>
        <translation>正在生成报告 %1…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="33"/>
        <source>before an update (schema %1)</source>
        <translation>升级前（数据结构 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="37"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="38"/>
        <source>end of a PK session</source>
        <translation>PK 赛结束时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="39"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="40"/>
        <source>before merging two trainees</source>
        <translation>合并两位学员之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="49"/>
        <source>damaged: cannot be read</source>
        <translation>已损坏：无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="52"/>
        <source>needs a newer version of the app (written with schema %1; this one knows %2)</source>
        <translation>需要更新版本的应用（数据格式版本 %1；本版本只支持到 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="60"/>
        <source>trainees: %1, completed forms: %2, PK sessions: %3</source>
        <translation>学员 %1 人，完成测评 %2 份，PK 赛 %3 场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="76"/>
        <source>Restore the backup from %1 (%2)?

It replaces the data in the app now. The data as it is now is backed up first, so it can be restored from the list of backups later.</source>
        <translation>恢复 %1 的备份（%2）吗？

它会替换程序中现在的数据。现在的数据会先备份，之后仍可从备份列表中恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="84"/>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="103"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="91"/>
        <source>The backup was not restored</source>
        <translation>备份未能恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="109"/>
        <source>A backup is taken every day the app is used, at the end of each PK session and before an update. Restoring replaces the data in the app with the backup&apos;s.</source>
        <translation>每天使用时、每场 PK 赛结束时以及升级前都会自动备份。恢复备份会用备份中的数据替换当前数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="120"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="120"/>
        <source>Why it was taken</source>
        <translation>备份原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="120"/>
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="120"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="143"/>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data/restore_dialog.py" line="148"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="53"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="57"/>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="61"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="84"/>
        <source>By dimension</source>
        <translation>按维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="85"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="90"/>
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="90"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="97"/>
        <source>Gap = self minus all others. A blind spot: you rate yourself more than a third of the scale above others. A hidden strength: others rate you that much higher than you do. Colleagues appear only as a mean of at least %1.</source>
        <translation>差距 = 自评减去他评。盲点：自评比他评高出量表的三分之一以上。隐藏的优势：他评比自评高出同样多。同事评分只以平均分显示，且至少要有 %1 位同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="113"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="114"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="115"/>
        <source>Colleagues (mean)</source>
        <translation>同事（平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="116"/>
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="117"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="118"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="145"/>
        <source>%1 (no self-assessment)</source>
        <translation>%1（无自评）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="167"/>
        <source>No completed forms yet.</source>
        <translation>还没有完成的测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="191"/>
        <source>Too few statements answered for a total (%1 of %2).</source>
        <translation>作答题数太少，无法计算总分（%1/%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="196"/>
        <source>Estimated from %1 of %2 statements.</source>
        <translation>根据 %1/%2 题估算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="208"/>
        <source>Mean of %1 observers&apos; ratings.</source>
        <translation>%1 位观察员评分的平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="211"/>
        <source>No self-assessment in this round</source>
        <translation>本轮没有自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="218"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="229"/>
        <source>Statements, biggest gaps first</source>
        <translation>各题对比（差距最大的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="229"/>
        <source>Statements</source>
        <translation>各题得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="250"/>
        <source>hidden (%1 &lt; %2)</source>
        <translation>不显示（%1 &lt; %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="263"/>
        <source>observer ratings: %1</source>
        <translation>观察员评分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="265"/>
        <source>Self-assessment: yes</source>
        <translation>自评：有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="265"/>
        <source>Self-assessment: none</source>
        <translation>自评：无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="266"/>
        <source>supervisor ratings: %1</source>
        <translation>主管评分：%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="270"/>
        <source>colleague ratings: %1 (shown only as a mean)</source>
        <translation>同事评分：%1 份（只显示平均分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/result_page.py" line="275"/>
        <source>colleague ratings: %1 — %2 more needed before their mean is shown</source>
        <translation>同事评分：%1 份，还需 %2 份才显示同事平均分</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="19"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="20"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="21"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="22"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="29"/>
        <source>Blind spot (self higher)</source>
        <translation>盲点（自评偏高）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="31"/>
        <source>Hidden strength (others higher)</source>
        <translation>隐藏的优势（他评更高）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/roles.py" line="40"/>
        <source>%1 · %2 · rated by: %3</source>
        <translation>%1 · %2 · 评分人：%3</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/ui/shell/widgets.py" line="74"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
</context>
<context>
    <name>StageBadge</name>
    <message>
        <location filename="../../desktop/ui/pk/phones_view.py" line="184"/>
        <source>%1
PIN %2</source>
        <translation>%1
PIN %2</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../desktop/ui/pk/stage.py" line="44"/>
        <source>Stage — %1</source>
        <extracomment>Text shrinks in these steps (labels wrap at every size) until the question and up to six options fit the window: a 1024×768 projector, or 1280×720 at 150 % scaling. Behind the headline; a group that buzzed first gets its own colour. A window at least this much wider than tall (16:9 is 1.78) shows a question&apos;s image beside its text; a 4:3 projector (1.33) shows it under the text, where the full width is free.</extracomment>
        <translation>投影 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/stage.py" line="233"/>
        <source>Get ready: the first question is coming</source>
        <extracomment>what the text was last fitted to: the labels&apos; texts, the podium&apos;s, the image&apos;s path</extracomment>
        <translation>准备好：第一题马上开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/stage.py" line="237"/>
        <source>Question %1 of %2</source>
        <translation>第 %1/%2 题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pk/stage.py" line="244"/>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="50"/>
        <source>New form</source>
        <translation>新的测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="59"/>
        <source>Form code</source>
        <translation>表单编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="62"/>
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="250"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="259"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="82"/>
        <source>Who is rating</source>
        <translation>评分人身份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="265"/>
        <source>Rater&apos;s name</source>
        <translation>评分人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="279"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="94"/>
        <source>One statement at a time</source>
        <translation>一屏一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="95"/>
        <source>Quick entry of a paper form</source>
        <translation>快速录入纸质表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="100"/>
        <source>Entry</source>
        <translation>填写方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="110"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="113"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="143"/>
        <source>Self-assessment</source>
        <translation>自我测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="143"/>
        <source>Rate a trainee</source>
        <translation>为学员评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="157"/>
        <source>Form code: this form has no such rater; pick the rater by hand.</source>
        <translation>表单编码：这份表单没有该评分人角色；请手动选择评分人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="167"/>
        <source>Form code: the trainee printed on this form is not in this database; pick or type them.</source>
        <translation>表单编码：表单上印的学员不在本数据库中；请选择或输入学员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="175"/>
        <source>blank form: pick or type the trainee</source>
        <translation>空白表单：请选择或输入学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="273"/>
        <source>Rater&apos;s name: nobody rates themself as supervisor, colleague or observer; choose the self-assessment.</source>
        <translation>评分人姓名：不能以主管、同事或观察员身份给自己评分；请选择自我测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="315"/>
        <source>Class: type another name for a new class (%1 is taken).</source>
        <translation>班级：请为新班级另取一个名字（%1 已被使用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="321"/>
        <source>no class</source>
        <translation>无班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="325"/>
        <source>Several trainees are called %1 (classes: %2): pick one from the list, or type the class.</source>
        <translation>有多名学员叫 %1（班级：%2）：请从列表中选择，或填写班级。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_page.py" line="254"/>
        <source>Form: no assessment form is available.</source>
        <translation>测评表：没有可用的测评表。</translation>
    </message>
</context>
<context>
    <name>StartQuestions</name>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="26"/>
        <source>%1: type a name or pick one from the list.</source>
        <translation>%1：请输入姓名或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="30"/>
        <source>%1: the name has only invisible characters or spaces; type the name.</source>
        <translation>%1：名称只有不可见字符或空格，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="37"/>
        <source>%1: the name contains a control character (%2); type it again.</source>
        <translation>%1：名称含有控制字符（%2），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="44"/>
        <source>%1: a name has at most %2 characters; this one has %3.</source>
        <translation>%1：名称最多 %2 个字符，这个有 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="70"/>
        <source>This trainee already assessed themself in round %1 (%2). The new form replaces that one when it is submitted. Go on?</source>
        <translation>该学员在“%1”轮已做过自我测评（%2）。新表提交后将替换原来那份。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="80"/>
        <source>%1 already rated this trainee as %2 in round %3 (%4). The new form replaces that one when it is submitted. Go on?</source>
        <translation>%1 已在“%3”轮以%2身份为该学员评过分（%4）。新表提交后将替换原来那份。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="90"/>
        <source>Replace a form?</source>
        <translation>替换测评表？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="99"/>
        <source>Join the existing class?</source>
        <translation>加入已有的班级？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="101"/>
        <source>The class %1 already exists on the shared server (%2 trainees), perhaps another trainer&apos;s. Join it, or go back and type another name for a class of your own?</source>
        <translation>共享服务器上已有名为 %1 的班级（%2 名学员），可能是其他讲师的班级。要加入该班级，还是返回并为自己的班级另取一个名字？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="112"/>
        <source>Join the existing class</source>
        <translation>加入已有的班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/start_questions.py" line="116"/>
        <source>Type another name</source>
        <translation>另取一个名字</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/ui/shell/widgets.py" line="126"/>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/widgets.py" line="129"/>
        <source>This was not saved; everything saved before is kept. Try again once fixed.</source>
        <translation>这次没有保存成功；此前保存的内容都不会丢失。问题解决后请再试一次。</translation>
    </message>
</context>
<context>
    <name>TakePage</name>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="82"/>
        <source>Keys: 1–5 answer · 0 can&apos;t judge · ← previous · → next · Esc pause (answers are kept)</source>
        <translation>按键：1–5 作答 · 0 无法评价 · ← 上一题 · → 下一题 · Esc 暂停（答案会保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="89"/>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="90"/>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="91"/>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="135"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="108"/>
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="109"/>
        <source>← Back to the statements</source>
        <translation>← 返回修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="126"/>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="130"/>
        <source>Keys 1–5 answer, 0 can&apos;t judge. Press Enter to begin.</source>
        <translation>按 1–5 作答，0 表示无法判断。按 Enter 开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="132"/>
        <source>Begin (Enter)</source>
        <translation>开始（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="176"/>
        <source>%1 statements</source>
        <translation>共 %1 题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="182"/>
        <source>Answer for yourself: choose how often you really did each of these things recently, not how you think they should be done. Only an honest picture shows you what to practise.</source>
        <translation>请为自己作答：根据最近一段时间的真实表现，选择每种做法实际出现的频率，而不是理想中应该怎么做。只有如实作答，才能看清需要练习的地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="190"/>
        <source>You are observing %1 in a role play: for each point, choose how consistently you saw it done during the role play, not what you expect of them. If the role play did not show a point, press 0 (can&apos;t judge).</source>
        <translation>你正在角色扮演中观察%1：请按在整个角色扮演中实际看到的情况，选择每一条做到的程度，而不是你对他的期望。角色扮演中看不到的一条，请按 0（无法判断）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="196"/>
        <source>You are rating %1 as their supervisor: choose how often you have really seen each of these behaviours recently, not how it ideally should be done. If you have not seen a behaviour, press 0 (can&apos;t judge).</source>
        <translation>您以主管身份为 %1 评分：请根据最近一段时间实际看到的表现，选择每种做法出现的频率，而不是理想中应该怎么做。没有见过的做法请按 0（无法判断）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="202"/>
        <source>You are rating %1 as a colleague: choose how often you have really seen each of these behaviours recently, not how it ideally should be done. If you have not seen a behaviour, press 0 (can&apos;t judge). Colleagues&apos; answers are only ever shown as a mean of at least 3.</source>
        <translation>您以同事身份为 %1 评分：请根据最近一段时间实际看到的表现，选择每种做法出现的频率，而不是理想中应该怎么做。没有见过的做法请按 0（无法判断）。同事的评分只以至少 3 人的平均分显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="235"/>
        <source>0
Can&apos;t judge</source>
        <translation>0
无法评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="252"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1/%2 题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="253"/>
        <source>All %1 statements answered.</source>
        <translation>%1 题已全部作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="255"/>
        <source>%1 marked “can&apos;t judge”.</source>
        <translation>其中 %1 题选择了“无法评价”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="257"/>
        <source>Press Enter to submit, or ← to change an answer.</source>
        <translation>按 Enter 提交，或按 ← 返回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/take_page.py" line="265"/>
        <source>Statement %1 of %2</source>
        <translation>第 %1/%2 题</translation>
    </message>
</context>
<context>
    <name>TraineeFields</name>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="37"/>
        <source>Pick a trainee or type a new name</source>
        <translation>选择学员，或输入新学员的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="38"/>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="39"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="43"/>
        <source>Optional: the class of a new trainee</source>
        <translation>可选：新学员所在的班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="44"/>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="45"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="110"/>
        <source>Trainees of several classes have this name: type the class or pick one from the list.</source>
        <translation>多个班级都有叫这个名字的学员：请填写班级，或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="116"/>
        <source>New trainee: %1</source>
        <translation>新学员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scorecard/trainee_fields.py" line="123"/>
        <source>Existing trainee: %1</source>
        <translation>已有学员：%1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/radar/trend_points.py" line="41"/>
        <source>form v%1</source>
        <translation>表单第%1版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/trend_points.py" line="36"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/trend_points.py" line="37"/>
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/trend_points.py" line="38"/>
        <source>Total over time</source>
        <translation>总分趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/radar/trend_points.py" line="39"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>UnfinishedList</name>
    <message>
        <location filename="../../desktop/ui/shell/unfinished_list.py" line="41"/>
        <source>Unfinished forms and PK sessions</source>
        <extracomment>what the home screen lists: trainees by id, unfinished forms, PK sessions left in progress</extracomment>
        <translation>未完成的测评和 PK 赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/unfinished_list.py" line="47"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/unfinished_list.py" line="48"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/unfinished_list.py" line="101"/>
        <source>%1 · %2 rated by %3 · %4 of %5 answered · started %6</source>
        <translation>%1 · %2 · 评分人：%3 · 已答 %4/%5 · 开始于 %6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/unfinished_list.py" line="114"/>
        <source>PK session: %1 · %2 events · started %3</source>
        <translation>PK 赛：%1 · %2 条记录 · 开始于 %3</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/ui/shell/widgets.py" line="141"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
</context>
</TS>
