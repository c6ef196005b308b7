<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop/ui/handover_page.py" line="27" />
        <source>Thank you — the form is saved.</source>
        <translation>谢谢！评分已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_page.py" line="37" />
        <source>See my result</source>
        <translation>查看我的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_page.py" line="38" />
        <source>Home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_page.py" line="53" />
        <source>Hand the laptop to the next rater. Earlier answers are not shown.</source>
        <translation>请把电脑交给下一位评分人。之前的答案不会显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_page.py" line="54" />
        <source>Next rater for %1</source>
        <translation>下一位评分人：为 %1 评分</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="42" />
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="45" />
        <source>Trainees and results</source>
        <translation>学员与结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="52" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="73" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="74" />
        <source>Self total</source>
        <translation>自评总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="75" />
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="76" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="77" />
        <source>Colleagues (mean)</source>
        <translation>同事（平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="78" />
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="89" />
        <source>Open result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="90" />
        <source>Rate this trainee</source>
        <translation>为该学员评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="112" />
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="126" />
        <source>%1 (%2 forms)</source>
        <translation>%1（%2 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="149" />
        <source>No trainees yet. Start a form from the home screen.</source>
        <translation>还没有学员。请从首页开始一份测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="165" />
        <source>%1 rated, not shown</source>
        <translation>%1 人已评，不显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="179" />
        <source>No completed forms of this kind yet.</source>
        <translation>这份测评还没有完成的记录。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="40" />
        <source>Training Assessment</source>
        <translation>课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="46" />
        <location filename="../../desktop/ui/home_page.py" line="48" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="51" />
        <source>Offline assessments for customer-service training classes</source>
        <translation>客户服务培训课堂测评 · 离线使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="53" />
        <source>&amp;1  Self-assessment
Rate your own skill at soothing customers, one statement at a time</source>
        <translation>&amp;1  自我测评
评估你安抚客户的技巧，一屏一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="54" />
        <source>&amp;2  Rate a trainee (supervisor or colleague)
The same form; hand the laptop on after each rater</source>
        <translation>&amp;2  为学员评分（主管或同事）
同一份测评表；每位评分人提交后把电脑交给下一位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="55" />
        <source>&amp;3  Trainees and results
Scores, bands, self vs others and the trend over time</source>
        <translation>&amp;3  学员与结果
总分、等级、自评与他评的对比以及历次趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="62" />
        <source>Unfinished forms</source>
        <translation>未完成的测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="67" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="68" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="81" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/home_page.py" line="106" />
        <source>
… and %n more</source>
        <translation>
            <numerusform>
……另有 %n 条</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="107" />
        <source>Some assessment files have errors and were not loaded:</source>
        <translation>以下测评文件有错误，未能载入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="113" />
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="125" />
        <source>Data: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="135" />
        <source>%1 · %2 rated by %3 · %4 of %5 answered · started %6</source>
        <translation>%1 · %2 · 评分人：%3 · 已答 %4/%5 · 开始于 %6</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="28" />
        <source>Training Assessment</source>
        <translation>课堂测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88" />
        <source>Discard form</source>
        <translation>放弃测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88" />
        <source>Discard this unfinished form and its answers?</source>
        <translation>放弃这份未完成的测评及其答案吗？</translation>
    </message>
</context>
<context>
    <name>QuickEntryPage</name>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="40" />
        <source>Quick entry of a paper form</source>
        <translation>快速录入纸质表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="47" />
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="56" />
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="56" />
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="56" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="66" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="67" />
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="82" />
        <source>%1 · %2 · rated by: %3</source>
        <translation>%1 · %2 · 评分人：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="87" />
        <source>Type the %1 answers in order, one digit each (%2–%3; 0 = can't judge). Spaces are ignored.</source>
        <translation>按顺序输入 %1 个答案，每题一个数字（%2–%3；0 = 无法评价）。空格会被忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="110" />
        <source>%1 of %2 digits</source>
        <translation>已输入 %1/%2 个数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="115" />
        <source>Answers: character %1 is one digit too many; the form has %2 statements.</source>
        <translation>答案：第 %1 个字符多出来了，这份表只有 %2 题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="117" />
        <source>Answers: character %1 (“%2”) is not a digit from %3 to %4 or 0.</source>
        <translation>答案：第 %1 个字符（“%2”）不是 %3–%4 或 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="129" />
        <source>0 · can't judge</source>
        <translation>0 · 无法评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quick_entry_page.py" line="141" />
        <source>Answers: %1 of %2 digits typed; type all of them to submit.</source>
        <translation>答案：已输入 %1/%2 个数字，全部输入后才能提交。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="41" />
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="45" />
        <location filename="../../desktop/ui/result_page.py" line="49" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="72" />
        <source>By dimension</source>
        <translation>按维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="73" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="77" />
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="77" />
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="83" />
        <source>Gap = self minus all others. A blind spot: you rate yourself more than a third of the scale above others. A hidden strength: others rate you that much higher than you do. Colleagues appear only as a mean of at least %1.</source>
        <translation>差距 = 自评减去他评。盲点：自评比他评高出量表的三分之一以上。隐藏的优势：他评比自评高出同样多。同事评分只以平均分显示，且至少要有 %1 位同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="99" />
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="100" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="101" />
        <source>Colleagues (mean)</source>
        <translation>同事（平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="102" />
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="103" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="104" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="119" />
        <source>%1 (no self-assessment)</source>
        <translation>%1（无自评）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="137" />
        <source>No completed forms yet.</source>
        <translation>还没有完成的测评。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="155" />
        <source>Too few statements answered for a total (%1 of %2).</source>
        <translation>作答题数太少，无法计算总分（%1/%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="157" />
        <source>Estimated from %1 of %2 statements.</source>
        <translation>根据 %1/%2 题估算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="161" />
        <source>No self-assessment in this round</source>
        <translation>本轮没有自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="167" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="177" />
        <source>Statements, biggest gaps first</source>
        <translation>各题对比（差距最大的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="177" />
        <source>Statements</source>
        <translation>各题得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="190" />
        <source>hidden (%1 &lt; %2)</source>
        <translation>不显示（%1 &lt; %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="203" />
        <source>Self-assessment: yes</source>
        <translation>自评：有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="203" />
        <source>Self-assessment: none</source>
        <translation>自评：无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="204" />
        <source>supervisor ratings: %1</source>
        <translation>主管评分：%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="207" />
        <source>colleague ratings: %1 (shown only as a mean)</source>
        <translation>同事评分：%1 份（只显示平均分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_page.py" line="211" />
        <source>colleague ratings: %1 — %2 more needed before their mean is shown</source>
        <translation>同事评分：%1 份，还需 %2 份才显示同事平均分</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/roles.py" line="12" />
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roles.py" line="13" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roles.py" line="14" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roles.py" line="21" />
        <source>Blind spot (self higher)</source>
        <translation>盲点（自评偏高）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roles.py" line="23" />
        <source>Hidden strength (others higher)</source>
        <translation>隐藏的优势（他评更高）</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="43" />
        <source>New form</source>
        <translation>新的测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="52" />
        <source>Form</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="58" />
        <source>Pick a trainee or type a new name</source>
        <translation>选择学员，或输入新学员的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="59" />
        <location filename="../../desktop/ui/start_page.py" line="60" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="66" />
        <source>Optional: the class of a new trainee</source>
        <translation>可选：新学员所在的班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="67" />
        <location filename="../../desktop/ui/start_page.py" line="68" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="80" />
        <source>Who is rating</source>
        <translation>评分人身份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="84" />
        <source>Optional; never shown beside colleague scores</source>
        <translation>可选；不会显示在同事评分旁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="85" />
        <source>Rater's name</source>
        <translation>评分人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="89" />
        <source>One statement at a time</source>
        <translation>一屏一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90" />
        <source>Quick entry of a paper form</source>
        <translation>快速录入纸质表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="95" />
        <source>Entry</source>
        <translation>填写方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="101" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="104" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="136" />
        <source>Self-assessment</source>
        <translation>自我测评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="136" />
        <source>Rate a trainee</source>
        <translation>为学员评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="165" />
        <source>Trainee: type a name or pick one from the list.</source>
        <translation>学员：请输入姓名或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="169" />
        <source>Form: no assessment form is available.</source>
        <translation>测评表：没有可用的测评表。</translation>
    </message>
</context>
<context>
    <name>TakePage</name>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="73" />
        <source>Keys: 1–5 answer · 0 can't judge · ← previous · → next · Esc pause (answers are kept)</source>
        <translation>按键：1–5 作答 · 0 无法评价 · ← 上一题 · → 下一题 · Esc 暂停（答案会保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="78" />
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="79" />
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="80" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="96" />
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="97" />
        <source>← Back to the statements</source>
        <translation>← 返回修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="120" />
        <source>%1 · %2 · rated by: %3</source>
        <translation>%1 · %2 · 评分人：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="139" />
        <source>0
Can't judge</source>
        <translation>0
无法评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="156" />
        <source>%1 of %2 answered</source>
        <translation>已答 %1/%2 题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="157" />
        <source>All %1 statements answered.</source>
        <translation>%1 题已全部作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="159" />
        <source>%1 marked “can't judge”.</source>
        <translation>其中 %1 题选择了“无法评价”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="160" />
        <source>Press Enter to submit, or ← to change an answer.</source>
        <translation>按 Enter 提交，或按 ← 返回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/take_page.py" line="167" />
        <source>Statement %1 of %2</source>
        <translation>第 %1/%2 题</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/chart_canvas.py" line="33" />
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chart_canvas.py" line="34" />
        <source>All others</source>
        <translation>他评（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chart_canvas.py" line="35" />
        <source>Total over time</source>
        <translation>总分趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chart_canvas.py" line="36" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
</TS>