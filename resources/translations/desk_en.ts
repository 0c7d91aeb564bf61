<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdditionalWorkPanel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>加时</source>
        <translation>Extra hours</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>发现的问题及建议</source>
        <translation>Problems found and recommendations</translation>
    </message>
    <message>
        <source>增项联系电话：%1（%2）</source>
        <translation>Contact for additional work: %1 (%2)</translation>
    </message>
    <message>
        <source>备件：%1 × %2 @ %3 = %4（%5）</source>
        <translation>Part: %1 × %2 @ %3 = %4 (%5)</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>客户不接受增项来电，请当面确认。客户：%1</source>
        <translation>The customer does not accept calls about additional work; confirm in person. Customer: %1</translation>
    </message>
    <message>
        <source>客户决定</source>
        <translation>Customer decision</translation>
    </message>
    <message>
        <source>工时：%1 %2 小时 × %3 = %4（%5）</source>
        <translation>Labour: %1 %2 h × %3 = %4 (%5)</translation>
    </message>
    <message>
        <source>待客户确认 %1 项：%2，需增加 %3 小时</source>
        <translation>%1 items awaiting customer approval: %2, %3 more hours needed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>登记追加项目… (Ctrl+Shift+N)</source>
        <translation>Add additional work… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>记录客户决定… (Enter)</source>
        <translation>Record customer decision… (Enter)</translation>
    </message>
    <message>
        <source>还没有追加项目。维修中发现问题时，点「登记追加项目…」。</source>
        <translation>No additional work yet. If a problem is found during repair, click “Add additional work…”.</translation>
    </message>
    <message>
        <source>追加项目确认单 %1</source>
        <translation>Additional work approval %1</translation>
    </message>
    <message>
        <source>追加项目确认单：预览/打印</source>
        <translation>Additional work approval: preview/print</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>（已在 %1 中完成）</source>
        <translation>(done in %1)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Desk 照常可用；请检查备份文件夹（desk.toml 的 [backup]），或用 desk backup 手工备份。</source>
        <translation>Desk is still working normally. Check the backup folder ([backup] in desk.toml), or back up manually with desk backup.</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成</source>
        <translation>Today&apos;s automatic backup did not complete</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>%1 车间产能 %2 工时：结转未完工 %3，已预约 %4，剩余 %5（已用 %6%）</source>
        <translation>%1 workshop capacity %2 hours: %3 carried over, %4 booked, %5 left (%6% used)</translation>
    </message>
    <message>
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>◀ 前一天</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>上次电话</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>主动预约（本店邀约）</source>
        <translation>Outbound (we invited)</translation>
    </message>
    <message>
        <source>产能</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>付费</source>
        <translation>Pay type</translation>
    </message>
    <message>
        <source>付费 / 来源</source>
        <translation>Pay type / source</translation>
    </message>
    <message>
        <source>保存修改 (Ctrl+Enter)</source>
        <translation>Save changes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>全部服务顾问</source>
        <translation>All service advisors</translation>
    </message>
    <message>
        <source>共 %1 个，已确认 %2 个</source>
        <translation>%1 in total, %2 confirmed</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>到店开单</source>
        <translation>Check-in: open repair order</translation>
    </message>
    <message>
        <source>占用缓冲</source>
        <translation>Uses buffer slot</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>后一天 ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>周视图</source>
        <translation>Week view</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户取消</source>
        <translation>Customer cancelled</translation>
    </message>
    <message>
        <source>客户要求，如 3 万公里保养、刹车异响</source>
        <translation>Customer&apos;s request, e.g. 30,000 km service, brake noise</translation>
    </message>
    <message>
        <source>小时，如 1.5</source>
        <translation>Hours, e.g. 1.5</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>已取消：%1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已预约 %1：%2，%3</source>
        <translation>Booked %1: %2, %3</translation>
    </message>
    <message>
        <source>开单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>待到店</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>找车：车牌、手机号、车架号或姓名 (Ctrl+F)</source>
        <translation>Find a car: plate, mobile number, VIN or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>改约</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>改约到此时段</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>改约：</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>新预约</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>日期 / 时段</source>
        <translation>Date / slot</translation>
    </message>
    <message>
        <source>日视图</source>
        <translation>Day view</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>未到店</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>未打</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>未选车辆</source>
        <translation>No car chosen</translation>
    </message>
    <message>
        <source>未选车辆：在上面搜索车牌、手机号或姓名</source>
        <translation>No car chosen: search above by plate, mobile number or name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>欢迎牌 %1</source>
        <translation>Welcome board %1</translation>
    </message>
    <message>
        <source>欢迎牌…</source>
        <translation>Welcome board…</translation>
    </message>
    <message>
        <source>没有未完结的委托书、其他预约或爽约记录。</source>
        <translation>No open repair orders, other appointments or no-shows.</translation>
    </message>
    <message>
        <source>电话备注（可不填）</source>
        <translation>Call note (optional)</translation>
    </message>
    <message>
        <source>确认电话</source>
        <translation>Confirmation calls</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>缓冲</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>缓冲时段</source>
        <translation>Buffer slot</translation>
    </message>
    <message>
        <source>缓冲时段：留给超时和临时到店的客户；预约需要确认</source>
        <translation>Buffer slot: kept free for overruns and walk-in customers; booking it needs confirmation</translation>
    </message>
    <message>
        <source>被动预约（客户来电）</source>
        <translation>Inbound (customer called)</translation>
    </message>
    <message>
        <source>请先在“取消原因”里写明为什么取消，再点“取消预约”。</source>
        <translation>First enter why in “Reason for cancelling”, then click “Cancel appointment”.</translation>
    </message>
    <message>
        <source>请先在列表里选中要记录电话结果的预约。</source>
        <translation>First select the appointment in the list whose call result you want to record.</translation>
    </message>
    <message>
        <source>请先搜索并选择要预约的车辆。</source>
        <translation>First search for and choose the car to book.</translation>
    </message>
    <message>
        <source>请选择改约的日期和时段。</source>
        <translation>Choose the new date and slot.</translation>
    </message>
    <message>
        <source>请选择预约时段。</source>
        <translation>Choose an appointment slot.</translation>
    </message>
    <message>
        <source>超产能</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车间产能：已用 %1 / %2 工时，剩余 %3</source>
        <translation>Workshop capacity: %1 / %2 hours used, %3 left</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>预约 %1（%2）</source>
        <translation>Appointment %1 (%2)</translation>
    </message>
    <message>
        <source>预约 (Ctrl+Enter)</source>
        <translation>Book (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>预约开单 %1 / 全部开单 %2</source>
        <translation>From appointments %1 / all repair orders %2</translation>
    </message>
    <message>
        <source>预约日期</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <source>预约率</source>
        <translation>Booking rate</translation>
    </message>
    <message>
        <source>预约率 = 由预约开出的委托书 ÷ 期间开出的全部委托书</source>
        <translation>Booking rate = orders from appointments ÷ all orders in the period</translation>
    </message>
    <message>
        <source>预约登记</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>预约统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>预约项目</source>
        <translation>Requested work</translation>
    </message>
    <message>
        <source>预计工时</source>
        <translation>Estimated hours</translation>
    </message>
    <message>
        <source>预计工时 %1 小时</source>
        <translation>Estimated %1 hours</translation>
    </message>
    <message>
        <source>（已约 %1）</source>
        <translation> (booked: %1)</translation>
    </message>
    <message>
        <source>（缓冲）</source>
        <translation> (buffer)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>全部员工</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>共 %1 条，显示最新的 %2 条；请缩小范围。</source>
        <translation>%1 entries; showing the latest %2. Narrow the search.</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>员工(&amp;P)</source>
        <translation>Staff &amp;member</translation>
    </message>
    <message>
        <source>委托书号、配件号、姓名或说明</source>
        <translation>Repair order no., part no., name or note</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>操作(&amp;K)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>日志只能查看，任何人都不能修改或删除。</source>
        <translation>The log is read-only: nobody can change or delete it.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>查找(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请改一下。</source>
        <translation>The end date is before the start date; change one of them.</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>%1天</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>交 %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>今日预约</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部班组</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>取消委托书</source>
        <translation>Cancel repair order</translation>
    </message>
    <message>
        <source>只显示当前员工负责的预约和委托书</source>
        <translation>Show only the appointments and repair orders of the signed-in staff member</translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>实际 %1 / 标准 %2 h</source>
        <translation>Actual %1 / standard %2 h</translation>
    </message>
    <message>
        <source>已结算未出厂</source>
        <translation>Settled, not released</translation>
    </message>
    <message>
        <source>待派工</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>打开委托书</source>
        <translation>Open repair order</translation>
    </message>
    <message>
        <source>接 %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>接车开单</source>
        <translation>Check in (walk-around)</translation>
    </message>
    <message>
        <source>改为「%1」</source>
        <translation>Change to “%1”</translation>
    </message>
    <message>
        <source>改派班组</source>
        <translation>Reassign to team</translation>
    </message>
    <message>
        <source>数据库连接中断，正在重试…</source>
        <translation>Database connection lost, retrying…</translation>
    </message>
    <message>
        <source>暂不指定班组</source>
        <translation>No team for now</translation>
    </message>
    <message>
        <source>暂停：%1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>未派班组</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>派工到班组</source>
        <translation>Dispatch to team</translation>
    </message>
    <message>
        <source>派给哪个班组：</source>
        <translation>Dispatch to which team:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>班组：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>看板 · %1</source>
        <translation>Board · %1</translation>
    </message>
    <message>
        <source>该查进度 / 待确认</source>
        <translation>Check progress / awaiting approval</translation>
    </message>
    <message>
        <source>超 %1</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>返修</source>
        <translation>Repeat repair</translation>
    </message>
    <message>
        <source>返修：%1</source>
        <translation>Repeat repair: %1</translation>
    </message>
    <message>
        <source>预约 %1</source>
        <translation>Appt. %1</translation>
    </message>
    <message>
        <source>（返修：%1）</source>
        <translation>(repeat repair: %1)</translation>
    </message>
</context>
<context>
    <name>CatalogueCompleter</name>
    <message>
        <source>%1  %2  %3  库存 %4%5</source>
        <translation>%1  %2  %3  on hand: %4 %5</translation>
    </message>
    <message>
        <source>%1  %2  %3 工时</source>
        <translation>%1  %2  %3 h</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <source>CSV 文件 (*.csv *.txt);;所有文件 (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>保养套餐</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>导入 CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>导入%1 CSV</source>
        <translation>Import %1 CSV</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour operations</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <source>正在检查并导入%1…</source>
        <translation>Checking and importing %1…</translation>
    </message>
    <message>
        <source>正在检查并导入%1：第 %2 / %3 行…</source>
        <translation>Checking and importing %1: row %2 / %3…</translation>
    </message>
</context>
<context>
    <name>CatalogueManager</name>
    <message>
        <source>保养套餐</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>工时单价</source>
        <translation>Labour rate</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour operations</translation>
    </message>
    <message>
        <source>目录管理</source>
        <translation>Catalogues</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>%1，您用的是服务经理给的临时密码，请设置自己的新密码。</source>
        <translation>%1, you are using a temporary password from the service manager. Set your own new password.</translation>
    </message>
    <message>
        <source>再输一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>原密码(&amp;O)</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <source>新密码(&amp;N)（至少 %1 位）</source>
        <translation>&amp;New password (at least %1 characters)</translation>
    </message>
    <message>
        <source>设置新密码</source>
        <translation>Set new password</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source> 维修技师：%1</source>
        <translation> Technician: %1</translation>
    </message>
    <message>
        <source>%1 由 %2 完成交车前检查。</source>
        <translation>%1: pre-delivery check done by %2.</translation>
    </message>
    <message>
        <source>上次委托书</source>
        <translation>Previous repair order</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>不是返修。</source>
        <translation>Not a repeat repair.</translation>
    </message>
    <message>
        <source>交车前检查</source>
        <translation>Pre-delivery check</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>原因（必填），如：客户说上次修完还是异响</source>
        <translation>Reason (required), e.g. customer says the noise is still there after the last repair</translation>
    </message>
    <message>
        <source>取消 %1 的返修标记吗？</source>
        <translation>Remove the repeat repair mark from %1?</translation>
    </message>
    <message>
        <source>取消返修标记</source>
        <translation>Remove repeat repair mark</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>告知客户</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>备注（可不填），如：旧件放在后备箱</source>
        <translation>Note (optional), e.g. old parts are in the boot</translation>
    </message>
    <message>
        <source>备胎和随车工具已检查</source>
        <translation>Spare wheel and tool kit checked</translation>
    </message>
    <message>
        <source>完成交车检查并改为待交车</source>
        <translation>Complete pre-delivery check and set to ready for delivery</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>已检查进度。</source>
        <translation>Progress checked.</translation>
    </message>
    <message>
        <source>已用预计工期 %1%（到 70% 时检查）。</source>
        <translation>%1% of the estimated repair time used (check at 70%).</translation>
    </message>
    <message>
        <source>已用预计工期 %1%，该向车间询问进度了。</source>
        <translation>%1% of the estimated repair time used; time to ask the workshop about progress.</translation>
    </message>
    <message>
        <source>延误</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>待质检：质检员不能是本单的维修技师。</source>
        <translation>Awaiting quality check: the inspector cannot be a technician on this order.</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>改为「质检中」后才能质检。</source>
        <translation>Set the status to “Quality check” before checking.</translation>
    </message>
    <message>
        <source>故障已排除</source>
        <translation>Fault fixed</translation>
    </message>
    <message>
        <source>新交车时间</source>
        <translation>New delivery time</translation>
    </message>
    <message>
        <source>无需进度检查。</source>
        <translation>No progress check needed.</translation>
    </message>
    <message>
        <source>旧件已备好展示</source>
        <translation>Old parts ready to show</translation>
    </message>
    <message>
        <source>旧件：本店处理或无旧件，不需展示</source>
        <translation>Old parts: disposed of by us or none, nothing to show</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>未告知</source>
        <translation>Not informed</translation>
    </message>
    <message>
        <source>本轮质检已合格。</source>
        <translation>This round of quality check has passed.</translation>
    </message>
    <message>
        <source>标记为返修</source>
        <translation>Mark as repeat repair</translation>
    </message>
    <message>
        <source>第 %1 次</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>记录进度检查…</source>
        <translation>Record progress check…</translation>
    </message>
    <message>
        <source>质检</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>质检…</source>
        <translation>Quality check…</translation>
    </message>
    <message>
        <source>质检合格后逐项确认。</source>
        <translation>Confirm each item after the quality check passes.</translation>
    </message>
    <message>
        <source>质检合格：逐项确认后完成交车检查，车辆改为「待交车」。</source>
        <translation>Quality check passed: confirm each item to complete the pre-delivery check; the vehicle becomes “Ready for delivery”.</translation>
    </message>
    <message>
        <source>质检员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>车内外已清洁</source>
        <translation>Interior and exterior cleaned</translation>
    </message>
    <message>
        <source>车内无遗留物（抹布、工具、螺栓）</source>
        <translation>Nothing left in the vehicle (rags, tools, bolts)</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>返修中：%1</source>
        <translation>Repeat repair in progress: %1</translation>
    </message>
    <message>
        <source>返修标记（30 天内同一故障再次进厂）</source>
        <translation>Repeat repair mark (same fault back within 30 days)</translation>
    </message>
    <message>
        <source>返修：本单是 %1 的返修。</source>
        <translation>Repeat repair: this order is a repeat repair of %1.</translation>
    </message>
    <message>
        <source>这辆车没有以前的委托书。</source>
        <translation>This vehicle has no previous repair orders.</translation>
    </message>
    <message>
        <source>进度检查</source>
        <translation>Progress check</translation>
    </message>
    <message>
        <source>防护套已取下</source>
        <translation>Protective covers removed</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>不接受(&amp;N)</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>处理结果(&amp;R)</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>客户不接受</source>
        <translation>Customer did not accept</translation>
    </message>
    <message>
        <source>客户接受</source>
        <translation>Customer accepted</translation>
    </message>
    <message>
        <source>客户是否接受</source>
        <translation>Customer accepts the resolution</translation>
    </message>
    <message>
        <source>接受(&amp;Y)</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>无责</source>
        <translation>Not at fault</translation>
    </message>
    <message>
        <source>无责(&amp;W)</source>
        <translation>Not at &amp;fault</translation>
    </message>
    <message>
        <source>最后怎么解决的、客户得到了什么答复</source>
        <translation>How it was finally resolved and what the customer was told</translation>
    </message>
    <message>
        <source>有责</source>
        <translation>At fault</translation>
    </message>
    <message>
        <source>有责：服务部的责任(&amp;Z)</source>
        <translation>&amp;At fault: the service department is responsible</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <source>结案 %1</source>
        <translation>Close complaint %1</translation>
    </message>
    <message>
        <source>结案投诉 %1？结案后不能再添加处理记录；如需继续处理，须服务经理重新打开。</source>
        <translation>Close complaint %1? Once it is closed, no more handling steps can be added; to continue handling it, a service manager must reopen it.</translation>
    </message>
    <message>
        <source>结案须填写处理结果：最后怎么解决的、客户得到了什么答复。</source>
        <translation>To close the complaint, enter the resolution: how it was finally resolved and what the customer was told.</translation>
    </message>
    <message>
        <source>请判定是否为服务部的责任（有责或无责）。</source>
        <translation>Decide whether the service department is at fault (at fault or not at fault).</translation>
    </message>
    <message>
        <source>请选择客户是否接受处理结果。</source>
        <translation>Select whether the customer accepts the resolution.</translation>
    </message>
    <message>
        <source>责任判定</source>
        <translation>Responsibility</translation>
    </message>
</context>
<context>
    <name>ComplaintConflict</name>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>投诉已结案</source>
        <translation>Complaint closed</translation>
    </message>
    <message>
        <source>状态 %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>客户 %1（%2）· 车牌 %3 · 委托书 %4
投诉会连同委托书和这次回访一起登记到投诉登记表。</source>
        <translation>Customer %1 (%2) · Plate %3 · Repair order %4
The complaint will be entered in the complaint register together with the repair order and this follow-up call.</translation>
    </message>
    <message>
        <source>投诉内容(&amp;D)</source>
        <translation>Complaint &amp;details</translation>
    </message>
    <message>
        <source>按客户的原话记录投诉内容</source>
        <translation>Record the complaint in the customer&apos;s own words</translation>
    </message>
    <message>
        <source>登记投诉 (Ctrl+Enter)</source>
        <translation>Log complaint (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>登记投诉 · %1</source>
        <translation>Log complaint · %1</translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>%1
（%2；%3）</source>
        <translation>%1
(%2; %3)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部责任人</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>处理经过</source>
        <translation>Handling steps</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户不接受</source>
        <translation>Customer did not accept</translation>
    </message>
    <message>
        <source>客户原话</source>
        <translation>Customer&apos;s own words</translation>
    </message>
    <message>
        <source>客户意见处理表 %1</source>
        <translation>Complaint handling form %1</translation>
    </message>
    <message>
        <source>客户接受</source>
        <translation>Customer accepted</translation>
    </message>
    <message>
        <source>尚未答复</source>
        <translation>No response yet</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>打印处理表 (Ctrl+P)</source>
        <translation>Print handling form (Ctrl+P)</translation>
    </message>
    <message>
        <source>投诉 %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>无责</source>
        <translation>Not at fault</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>有责</source>
        <translation>At fault</translation>
    </message>
    <message>
        <source>未选择投诉</source>
        <translation>No complaint selected</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>添加处理记录 (Ctrl+Shift+S)</source>
        <translation>Add handling step (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状态(&amp;T)</source>
        <translation>Sta&amp;tus</translation>
    </message>
    <message>
        <source>登记投诉 (Ctrl+N)</source>
        <translation>Log complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>结案 (Ctrl+Shift+E)</source>
        <translation>Close (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>编号、车牌、客户或手机 (Ctrl+F)</source>
        <translation>Number, plate, customer or mobile (Ctrl+F)</translation>
    </message>
    <message>
        <source>责任</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>质量类</source>
        <translation>quality</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>转交…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>重新打开 %1 的原因（将记入处理经过）：</source>
        <translation>Reason for reopening %1 (will be added to the handling steps):</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>重新打开投诉</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <source>非质量类</source>
        <translation>non-quality</translation>
    </message>
    <message>
        <source>首次答复</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message numerus="yes">
        <source>，其中 %n 件已逾期</source>
        <translation>
            <numerusform>, %n of them overdue</numerusform>
            <numerusform>, %n of them overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>保留别人保存的最新内容，不再填入</source>
        <translation>Keep the latest saved version and don&apos;t put back what you typed</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>别人（%1）刚保存过</source>
        <translation>Someone else (%1) has just saved this</translation>
    </message>
    <message>
        <source>别人（%1，%2）刚保存过</source>
        <translation>Someone else (%1, %2) has just saved this</translation>
    </message>
    <message>
        <source>另一台电脑</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>您刚才输入的：%1。</source>
        <translation> You typed: %1.</translation>
    </message>
    <message>
        <source>您没有改动要填回的内容。</source>
        <translation> You have not changed anything that needs putting back.</translation>
    </message>
    <message>
        <source>把您刚才输入的内容填回去，核对后再保存（Alt+E）</source>
        <translation>Put back what you typed, check it, then save (Alt+E)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>点「重新填入」把它填回去，核对后再保存。</source>
        <translation> Click “Re-enter” to put it back, check it, then save.</translation>
    </message>
    <message>
        <source>重新填入(&amp;E)</source>
        <translation>R&amp;e-enter</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>，下面是最新内容。</source>
        <translation>; the latest version is shown below.</translation>
    </message>
    <message>
        <source>，最新的是：%1。</source>
        <translation>; the latest is: %1.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CustomerCarFields</name>
    <message>
        <source>17 位，可用扫码枪</source>
        <translation>17 characters; a barcode scanner works</translation>
    </message>
    <message>
        <source>可不填；如 1985-03-12，不知年份填 03-12</source>
        <translation>Optional; e.g. 1985-03-12, or 03-12 if the year is unknown</translation>
    </message>
    <message>
        <source>可不填；如 2021-06-18</source>
        <translation>Optional; e.g. 2021-06-18</translation>
    </message>
    <message>
        <source>如 大众 帕萨特 330TSI</source>
        <translation>e.g. Volkswagen Passat 330TSI</translation>
    </message>
    <message>
        <source>如 粤B·D12345</source>
        <translation>e.g. 粤B·D12345</translation>
    </message>
    <message>
        <source>您的岗位不能查看完整手机号；如需修改请联系服务顾问或服务经理。</source>
        <translation>Your role cannot see full mobile numbers; to change one, contact a service advisor or the service manager.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>CSV 文件，Excel 可直接打开 (*.csv)</source>
        <translation>CSV file, opens directly in Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>客户资料-%1.csv</source>
        <translation>customers-%1.csv</translation>
    </message>
    <message>
        <source>导出客户资料</source>
        <translation>Export customer data</translation>
    </message>
    <message>
        <source>导出客户资料（%1 位客户，%2 辆车）</source>
        <translation>Export customer data (%1 customers, %2 vehicles)</translation>
    </message>
    <message>
        <source>已导出 %1 位客户（%2 行，每辆车一行）到：
%3

文件中有客户的完整电话，请妥善保管。此次导出已记入操作日志。</source>
        <translation>Exported %1 customers (%2 rows, one per vehicle) to:
%3

The file contains customers&apos; full phone numbers; keep it safe. This export has been recorded in the audit log.</translation>
    </message>
    <message>
        <source>正在导出客户资料…</source>
        <translation>Exporting customer data…</translation>
    </message>
    <message>
        <source>正在导出客户资料：第 %1 / %2 行…</source>
        <translation>Exporting customer data: row %1 of %2…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>%1
金额 %2，需增加 %3 小时</source>
        <translation>%1
Amount %2, %3 more hours needed</translation>
    </message>
    <message>
        <source>%1 本人</source>
        <translation>%1 (in person)</translation>
    </message>
    <message>
        <source>与客户另约交车时间：</source>
        <translation>New delivery time agreed with customer:</translation>
    </message>
    <message>
        <source>交车时间</source>
        <translation>Delivery time</translation>
    </message>
    <message>
        <source>保存决定</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>原预计交车 %1 → 顺延后 %2</source>
        <translation>Original promised time %1 → postponed to %2</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如 客户要求先报价再做、车间受话人 王师傅</source>
        <translation>e.g. customer wants a quote first; taken by Mr Wang in the workshop</translation>
    </message>
    <message>
        <source>如 车主本人、车队负责人</source>
        <translation>e.g. vehicle owner, fleet manager</translation>
    </message>
    <message>
        <source>客户不同意 (&amp;N)</source>
        <translation>Customer &amp;declines</translation>
    </message>
    <message>
        <source>客户不接受增项来电，请当面确认。</source>
        <translation>The customer does not accept calls about additional work; confirm in person.</translation>
    </message>
    <message>
        <source>客户决定</source>
        <translation>Customer decision</translation>
    </message>
    <message>
        <source>客户同意追加 (&amp;Y)</source>
        <translation>Customer &amp;approves</translation>
    </message>
    <message>
        <source>已告知客户新的预计交车时间</source>
        <translation>Customer informed of the new promised time</translation>
    </message>
    <message>
        <source>答复方式</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>答复时间</source>
        <translation>Reply time</translation>
    </message>
    <message>
        <source>联系电话：%1（%2）</source>
        <translation>Phone: %1 (%2)</translation>
    </message>
    <message>
        <source>记录客户不同意这个追加项目吗？它会作为建议项目保留，下次来店时提醒。</source>
        <translation>Record that the customer declined this additional work? It will be kept as a recommendation and shown at the next visit.</translation>
    </message>
    <message>
        <source>记录客户决定 · %1</source>
        <translation>Record customer decision · %1</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <source>desk backup/restore 只用于 SQLite 数据库；PostgreSQL 请用服务器的 pg_dump / pg_restore（见 README）。</source>
        <translation>desk backup/restore works only with SQLite databases; for PostgreSQL, use pg_dump / pg_restore on the server (see README).</translation>
    </message>
    <message>
        <source>{advisor} 在 {time} 已有预约 {number}（{plate}），请换一个时间或换一位服务顾问。</source>
        <translation>{advisor} already has appointment {number} ({plate}) at {time}. Choose another time or another service advisor.</translation>
    </message>
    <message>
        <source>{code_word} {code} 已经有了（{name}）。请换一个{code_word}，或在列表里编辑它。</source>
        <translation>{code_word} {code} already exists ({name}). Use another {code_word}, or edit it in the list.</translation>
    </message>
    <message>
        <source>{day} 车间产能不够：全天 {total} 工时，还剩 {left} 工时，这个预约需要 {hours} 工时。只有服务经理可以超出产能预约；请改约其他日期，或请服务经理确认。</source>
        <translation>Not enough workshop capacity on {day}: {total} hours in the day, {left} hours left, and this appointment needs {hours} hours. Only a service manager can book beyond capacity; choose another day or ask the service manager to confirm.</translation>
    </message>
    <message>
        <source>{day} 车间产能不够：全天 {total} 工时，还剩 {left} 工时，这个预约需要 {hours} 工时。确定以服务经理身份超出产能预约吗？</source>
        <translation>Not enough workshop capacity on {day}: {total} hours in the day, {left} hours left, and this appointment needs {hours} hours. Book beyond capacity as service manager?</translation>
    </message>
    <message>
        <source>{method}收款请填写交易流水号。</source>
        <translation>Enter the transaction reference number for {method} payments.</translation>
    </message>
    <message>
        <source>{name} 是唯一能登录的服务经理，不能停用。</source>
        <translation>{name} is the only service manager who can sign in and cannot be disabled.</translation>
    </message>
    <message>
        <source>{name} 是唯一能登录的服务经理，不能改成其他岗位；请先给另一位服务经理建好账号。</source>
        <translation>{name} is the only service manager who can sign in and cannot be moved to another role; first create an account for another service manager.</translation>
    </message>
    <message>
        <source>{name} 是委托书 {number} 的服务顾问，不能回访自己接待的客户：客户当着自己的服务顾问往往不说真话。请由回访员或其他同事来打这个电话。</source>
        <translation>{name} is the service advisor on repair order {number} and cannot make the follow-up call to their own customer: customers rarely speak openly to their own service advisor. Ask the follow-up clerk or another colleague to make this call.</translation>
    </message>
    <message>
        <source>{name} 是这张委托书的维修技师（{jobs}），不能检查自己做的活。请另选一位质检员。</source>
        <translation>{name} is a technician on this repair order ({jobs}) and cannot check their own work. Choose another inspector.</translation>
    </message>
    <message>
        <source>{name} 的账号已停用，不能登录。请联系服务经理。</source>
        <translation>{name}&apos;s account is disabled and cannot sign in. Contact the service manager.</translation>
    </message>
    <message>
        <source>{name} 的账号已停用；请先启用再重置密码。</source>
        <translation>{name}&apos;s account is disabled; enable it before resetting the password.</translation>
    </message>
    <message>
        <source>{name}是{role}，不能做质检。请选择车间主管、服务经理或其他班组的技师。</source>
        <translation>{name} is a {role} and cannot do quality checks. Choose a workshop manager, service manager or a technician from another team.</translation>
    </message>
    <message>
        <source>{path} 不是 Desk 的数据库（缺少 {tables} 表）。</source>
        <translation>{path} is not a Desk database (missing tables: {tables}).</translation>
    </message>
    <message>
        <source>{path} 不是 SQLite 数据库文件，不能恢复。</source>
        <translation>{path} is not an SQLite database file and cannot be restored.</translation>
    </message>
    <message>
        <source>{path} 已损坏，无法打开：{reason}。</source>
        <translation>{path} is damaged and cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>{path} 未通过完整性检查（{verdict}），不能使用。</source>
        <translation>{path} failed the integrity check ({verdict}) and cannot be used.</translation>
    </message>
    <message>
        <source>{path} 的数据库版本（{revision}）比这台电脑上的 Desk 新，请先升级 Desk 再恢复。</source>
        <translation>The database in {path} (revision {revision}) is from a newer version of Desk than the one on this computer. Upgrade Desk first, then restore.</translation>
    </message>
    <message>
        <source>{time} 是留给超时和临时到店客户的缓冲时段（每 {count} 个接待时段留 1 个）。确定要把预约排在缓冲时段吗？</source>
        <translation>{time} is a buffer slot kept free for overruns and walk-in customers (1 after every {count} reception slots). Book the appointment into the buffer slot anyway?</translation>
    </message>
    <message>
        <source>{what} {code} 在 {n} 个保养套餐里，不能删除；请先从套餐里移除，或停用它。</source>
        <translation>{what} {code} is in {n} service packages and cannot be deleted; remove it from the packages first, or deactivate it.</translation>
    </message>
    <message>
        <source>{what} {code} 已用在 {n} 条委托书明细里，不能删除；不再使用请停用。</source>
        <translation>{what} {code} is used in {n} repair order lines and cannot be deleted; deactivate it if it is no longer used.</translation>
    </message>
    <message>
        <source>{what} {code} 已被删除，请关闭后重新打开目录。</source>
        <translation>{what} {code} has been deleted; close and reopen the catalogue.</translation>
    </message>
    <message>
        <source>{what} {given} 超出了{role}的权限（最多 {limit}）。请减少折扣，或请服务经理办理。</source>
        <translation>{what} {given} exceeds the {role} limit (at most {limit}). Reduce the discount, or ask the service manager.</translation>
    </message>
    <message>
        <source>{what} {given} 需要经办人：请先在右上角选择当前员工。</source>
        <translation>{what} {given} needs a staff member: first choose the current staff member at the top right.</translation>
    </message>
    <message>
        <source>{what} 已被 {who} 于 {when} 修改过。请重新载入后再保存；您刚才输入的内容会显示出来，以便重新填写。</source>
        <translation>{what} was changed by {who} at {when}. Reload it before saving; what you just entered will be shown so you can enter it again.</translation>
    </message>
    <message>
        <source>{what}不能是负数。</source>
        <translation>{what} cannot be negative.</translation>
    </message>
    <message>
        <source>{what}只能由字母、数字和 . _ / - 组成，现在是“{text}”。</source>
        <translation>{what} can contain only letters, digits and . _ / -, not “{text}”.</translation>
    </message>
    <message>
        <source>{what}太大（最多 {maximum}）。</source>
        <translation>{what} is too large (at most {maximum}).</translation>
    </message>
    <message>
        <source>{what}太大（最多 {maximum}），现在是“{text}”。</source>
        <translation>{what} is too large: at most {maximum}, not “{text}”.</translation>
    </message>
    <message>
        <source>{what}必须在 0% 到 100% 之间。</source>
        <translation>{what} must be between 0% and 100%.</translation>
    </message>
    <message>
        <source>{what}必须大于 0。</source>
        <translation>{what} must be greater than 0.</translation>
    </message>
    <message>
        <source>{what}必须是数字，现在是“{text}”。</source>
        <translation>{what} must be a number, not “{text}”.</translation>
    </message>
    <message>
        <source>{what}必须是正整数，现在是“{text}”。</source>
        <translation>{what} must be a whole number greater than 0, not “{text}”.</translation>
    </message>
    <message>
        <source>{what}最多 {n} 个字符，现在是“{text}”。</source>
        <translation>{what} is too long (at most {n} characters): “{text}”.</translation>
    </message>
    <message>
        <source>{what}最多 {places} 位小数。</source>
        <translation>{what} can have at most {places} decimal places.</translation>
    </message>
    <message>
        <source>{where}：{problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}：付费类型只能是自费、保修、保险或内部。</source>
        <translation>{where}: the pay type must be Customer, Warranty, Insurance or Internal.</translation>
    </message>
    <message>
        <source>“{name}”的目标应在 0 到 100 之间，最多两位小数。</source>
        <translation>The target for “{name}” must be between 0 and 100, with at most two decimal places.</translation>
    </message>
    <message>
        <source>“{name}”的目标必须是数字（每百单的投诉件数），如 3 或 2.5，现在是“{text}”。</source>
        <translation>The target for “{name}” must be a number (complaints per 100 orders), e.g. 3 or 2.5, not “{text}”.</translation>
    </message>
    <message>
        <source>“{name}”的目标必须是数字（百分比），如 90 或 92.5，现在是“{text}”。</source>
        <translation>The target for “{name}” must be a number (a percentage), e.g. 90 or 92.5, not “{text}”.</translation>
    </message>
    <message>
        <source>“决定人”最多 {n} 个字。</source>
        <translation>“Decided by” can have at most {n} characters.</translation>
    </message>
    <message>
        <source>“启用”只能填 是/否（或 1/0），现在是“{text}”。</source>
        <translation>“Active” must be yes or no (or 1/0), not “{text}”.</translation>
    </message>
    <message>
        <source>「{line}」刚被别人操作过，请刷新后再试。</source>
        <translation>“{line}” was just changed by someone else; refresh and try again.</translation>
    </message>
    <message>
        <source>「{line}」在等待客户确认追加项目，客户答复后才能继续。</source>
        <translation>“{line}” is waiting for the customer to approve additional work; it can continue after the customer replies.</translation>
    </message>
    <message>
        <source>「{line}」已完工。确定要重新开工（返修）吗？实际工时会接着累计。</source>
        <translation>“{line}” is finished. Restart it (repeat repair)? Actual hours will keep adding up.</translation>
    </message>
    <message>
        <source>「{line}」已完工，不能再改派。</source>
        <translation>“{line}” is finished and cannot be reassigned.</translation>
    </message>
    <message>
        <source>「{line}」已完工，不能暂停。</source>
        <translation>“{line}” is finished and cannot be paused.</translation>
    </message>
    <message>
        <source>「{line}」已完工，不能继续。</source>
        <translation>“{line}” is finished and cannot be resumed.</translation>
    </message>
    <message>
        <source>「{line}」已暂停，请按「继续」接着施工。</source>
        <translation>“{line}” is paused; click “Resume” to continue work.</translation>
    </message>
    <message>
        <source>「{line}」已经在施工中。</source>
        <translation>“{line}” is already in progress.</translation>
    </message>
    <message>
        <source>「{line}」已经完工了。</source>
        <translation>“{line}” is already finished.</translation>
    </message>
    <message>
        <source>「{line}」已经暂停了。</source>
        <translation>“{line}” is already paused.</translation>
    </message>
    <message>
        <source>「{line}」已经派给{team}{technician}。</source>
        <translation>“{line}” is already assigned to {team}{technician}.</translation>
    </message>
    <message>
        <source>「{line}」正在施工中，不用继续。</source>
        <translation>“{line}” is in progress; no need to resume.</translation>
    </message>
    <message>
        <source>「{line}」正在施工（{technician}），不能改派。请先暂停或完工。</source>
        <translation>“{line}” is in progress ({technician}) and cannot be reassigned. Pause or finish it first.</translation>
    </message>
    <message>
        <source>「{line}」还没有开工，不能完工。</source>
        <translation>“{line}” has not started and cannot be finished.</translation>
    </message>
    <message>
        <source>「{line}」还没有开工，不能暂停。</source>
        <translation>“{line}” has not started and cannot be paused.</translation>
    </message>
    <message>
        <source>「{line}」还没有开工，请按「开工」。</source>
        <translation>“{line}” has not started; click “Start”.</translation>
    </message>
    <message>
        <source>「{line}」还没有派给技师，请先派工再开工。</source>
        <translation>“{line}” is not assigned to a technician; dispatch it before starting.</translation>
    </message>
    <message>
        <source>「{name}」的分数应是 1–5 分，不能是 {value}。</source>
        <translation>The score for “{name}” must be 1–5, not {value}.</translation>
    </message>
    <message>
        <source>「{name}」的分数应是 1–5 的整数。</source>
        <translation>The score for “{name}” must be a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>「{what}」只限{roles}操作。当前登录的是 {name}（{role}）；请换有权限的同事登录后再做。</source>
        <translation>Only {roles} can do “{what}”. {name} ({role}) is signed in now; ask a colleague with permission to sign in and do it.</translation>
    </message>
    <message>
        <source>一份接车登记最多 {limit} 个标记。</source>
        <translation>A check-in sheet can have at most {limit} damage marks.</translation>
    </message>
    <message>
        <source>一周至少要有一天营业，不能每天都是休息日。</source>
        <translation>The shop must be open at least one day a week; not every day can be a day off.</translation>
    </message>
    <message>
        <source>上次未接通是 {last}，请换个时间再打：{next} 以后再拨（两次拨打至少间隔 {hours} 小时）。</source>
        <translation>The last attempt at {last} did not get through. Call again after {next} (attempts must be at least {hours} hours apart).</translation>
    </message>
    <message>
        <source>下次保养日期应在今天之后。</source>
        <translation>The next service date must be after today.</translation>
    </message>
    <message>
        <source>下次保养里程“{text}”应是整数公里数。</source>
        <translation>Next service mileage “{text}” must be a whole number of kilometres.</translation>
    </message>
    <message>
        <source>下次保养里程应大于本次进厂里程 {mileage} km。</source>
        <translation>Next service mileage must be greater than the current mileage in, {mileage} km.</translation>
    </message>
    <message>
        <source>下班时间必须晚于上班时间。</source>
        <translation>The closing time must be later than the opening time.</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号。</source>
        <translation>You cannot disable the account you are signed in with.</translation>
    </message>
    <message>
        <source>不能把委托书标记为它自己的返修。</source>
        <translation>A repair order cannot be marked as a repeat repair of itself.</translation>
    </message>
    <message>
        <source>不认识的提醒类型 {kind}。</source>
        <translation>Unknown reminder type {kind}.</translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <translation>The two passwords do not match; enter them again.</translation>
    </message>
    <message>
        <source>交车前检查还有 {count} 项没有确认：{items}。全部确认后才能交车。</source>
        <translation>{count} pre-delivery check items are not confirmed: {items}. Confirm all of them before delivery.</translation>
    </message>
    <message>
        <source>付款方式只能是现金、银行卡、微信支付、支付宝或银行转账。</source>
        <translation>The payment method must be cash, bank card, WeChat Pay, Alipay or bank transfer.</translation>
    </message>
    <message>
        <source>付费类型只能是自费、保修、保险或内部。</source>
        <translation>The pay type must be Customer pay, Warranty, Insurance or Internal.</translation>
    </message>
    <message>
        <source>付费类型只能是自费、保修或保险。</source>
        <translation>The pay type must be Customer pay, Warranty or Insurance.</translation>
    </message>
    <message>
        <source>休息日只能是周一到周日。</source>
        <translation>Days off must be Monday to Sunday.</translation>
    </message>
    <message>
        <source>保险公司名称或理赔号太长。</source>
        <translation>The insurer name or claim number is too long.</translation>
    </message>
    <message>
        <source>关怀电话不用预约；客户想来店时请从保养提醒或预约页预约。</source>
        <translation>Customer care calls do not book appointments; if the customer wants to come in, book from the maintenance reminders or the Appointments page.</translation>
    </message>
    <message>
        <source>关怀电话的结果只能是已问候、未接通或稍后再联系。</source>
        <translation>The result of a customer care call can only be Greeted, Not reached or Call again later.</translation>
    </message>
    <message>
        <source>出门证 {number} 在本系统中查不到（或与记录不符），不能放行。请车主到收银处核实。</source>
        <translation>Exit pass {number} is not found in this system (or does not match the records); do not let the vehicle out. Send the owner to the cashier to check.</translation>
    </message>
    <message>
        <source>出门证 {number} 已于 {when} 作废（{reason}），不能放行。请到收银处重新开具。</source>
        <translation>Exit pass {number} was voided at {when} ({reason}); do not let the vehicle out. Issue a new one at the cashier.</translation>
    </message>
    <message>
        <source>出门证 {number} 已于 {when} 使用过（{plate} 已出厂），不能再次放行。</source>
        <translation>Exit pass {number} was already used at {when} ({plate} has left); do not let the vehicle out again.</translation>
    </message>
    <message>
        <source>出门证 {number} 已于 {when} 过期，不能放行。请到收银处重新开具。</source>
        <translation>Exit pass {number} expired at {when}; do not let the vehicle out. Issue a new one at the cashier.</translation>
    </message>
    <message>
        <source>出门证二维码的签名不对：内容被改动过或是伪造的，不能放行。</source>
        <translation>The exit pass QR code signature is invalid: the content was altered or forged; do not let the vehicle out.</translation>
    </message>
    <message>
        <source>出门证有效时长应在 1 到 {most} 小时之间。</source>
        <translation>Exit pass validity must be between 1 and {most} hours.</translation>
    </message>
    <message>
        <source>出门证纸张只能是 A6 或 80 mm 小票。</source>
        <translation>Exit pass paper must be A6 or 80 mm receipt.</translation>
    </message>
    <message>
        <source>刚才要保存的记录已被另一台电脑修改过，这次没有保存。请重新载入后再试。</source>
        <translation>The record you were saving was changed on another PC in the meantime; nothing was saved. Reload it and try again.</translation>
    </message>
    <message>
        <source>单位最多 10 个字符，现在是“{text}”。</source>
        <translation>The unit is too long (at most 10 characters): “{text}”.</translation>
    </message>
    <message>
        <source>原因太长（最多{limit}个字），请精简。</source>
        <translation>The reason is too long (at most {limit} characters). Please shorten it.</translation>
    </message>
    <message>
        <source>原密码不对。</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>取消委托书必须填写原因。</source>
        <translation>Enter a reason for cancelling the repair order.</translation>
    </message>
    <message>
        <source>只有单位客户可以挂账；{name} 是个人客户，请收款结清。</source>
        <translation>Only company customers can pay on account; {name} is a private customer, so take payment in full.</translation>
    </message>
    <message>
        <source>只有客户当时拒绝的追加项目才能加入以后的委托书。</source>
        <translation>Only additional work the customer declined can be added to a later repair order.</translation>
    </message>
    <message>
        <source>只有服务经理可以修改回访日。</source>
        <translation>Only a service manager can change the follow-up call day.</translation>
    </message>
    <message>
        <source>只有服务经理可以重新打开已结案的投诉。</source>
        <translation>Only a service manager can reopen a closed complaint.</translation>
    </message>
    <message>
        <source>只有服务经理可以重新打开已结算的委托书。</source>
        <translation>Only a service manager can reopen a settled repair order.</translation>
    </message>
    <message>
        <source>只有未做建议项目的电话才关联追加项目。</source>
        <translation>Only calls about declined work can be linked to additional work.</translation>
    </message>
    <message>
        <source>只能修改自己的密码；别人的密码请用「重置密码」。</source>
        <translation>You can only change your own password; use “Reset password” for someone else&apos;s.</translation>
    </message>
    <message>
        <source>只能导入 labour（工时）、parts（备件）或 packages（套餐）。</source>
        <translation>Only labour, parts or packages (service packages) can be imported.</translation>
    </message>
    <message>
        <source>只能导出为 .xlsx（Excel）或 .csv 文件，现在是“{suffix}”。</source>
        <translation>You can only export to an .xlsx (Excel) or .csv file, not “{suffix}”.</translation>
    </message>
    <message>
        <source>名称最多 {n} 个字符。</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>回访日应是交车后第 2–5 天。</source>
        <translation>The follow-up call day must be day 2–5 after delivery.</translation>
    </message>
    <message>
        <source>回访日应是交车后第 2–5 天，不能是第 {day} 天。</source>
        <translation>The follow-up call day must be day 2–5 after delivery, not day {day}.</translation>
    </message>
    <message>
        <source>回访时间说明太长（最多 60 个字）。</source>
        <translation>The follow-up time note is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>处理时间不能早于受理时间 {received}。</source>
        <translation>The handling time cannot be earlier than the time the complaint was received ({received}).</translation>
    </message>
    <message>
        <source>处理时间不能晚于现在。</source>
        <translation>The handling time cannot be in the future.</translation>
    </message>
    <message>
        <source>处理结果太长（最多{limit}个字），请精简。</source>
        <translation>The resolution is too long (at most {limit} characters). Please shorten it.</translation>
    </message>
    <message>
        <source>处理记录太长（最多{limit}个字），请精简。</source>
        <translation>The handling step is too long (at most {limit} characters). Please shorten it.</translation>
    </message>
    <message>
        <source>备件目录里没有备件号 {code}。</source>
        <translation>Part no. {code} is not in the parts catalogue.</translation>
    </message>
    <message>
        <source>备件目录里没有备件号 {code}；请改正备件号，或填写备件名称和单价作为目录外备件。</source>
        <translation>There is no part number {code} in the parts catalogue; correct the part number, or enter a part name and unit price as a non-catalogue part.</translation>
    </message>
    <message>
        <source>备件请修改数量，不是工时。</source>
        <translation>For parts, change the quantity, not the hours.</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身，请换一个文件名。</source>
        <translation>The backup file cannot be the database itself. Choose another file name.</translation>
    </message>
    <message>
        <source>备注太长（最多 {limit} 个字）。</source>
        <translation>The note is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>备注或客户意见太长，请精简一些。</source>
        <translation>The note or the customer&apos;s comments are too long. Please shorten them.</translation>
    </message>
    <message>
        <source>复制数据库失败：{reason}。原有文件没有改动。</source>
        <translation>Copying the database failed: {reason}. The original file was not changed.</translation>
    </message>
    <message>
        <source>套餐 {code} 已停用。</source>
        <translation>Service package {code} is no longer in use.</translation>
    </message>
    <message>
        <source>套餐里至少要有一个工时项目或备件。</source>
        <translation>A service package needs at least one labour operation or part.</translation>
    </message>
    <message>
        <source>姓名或密码不对，请重新输入。</source>
        <translation>Wrong name or password; enter them again.</translation>
    </message>
    <message>
        <source>委托书 {earlier} 是另一辆车的，不能作为 {number} 的返修来源。</source>
        <translation>Repair order {earlier} is for another vehicle and cannot be the original job for repeat repair {number}.</translation>
    </message>
    <message>
        <source>委托书 {number} 已「{current}」，不能再改变状态。</source>
        <translation>Repair order {number} is “{current}”; its status can no longer change.</translation>
    </message>
    <message>
        <source>委托书 {number} 已「{status}」，不能再修改。</source>
        <translation>Repair order {number} is “{status}” and can no longer be edited.</translation>
    </message>
    <message>
        <source>委托书 {number} 已有有效的出门证 {pass_number}（有效至 {until}），可直接重新打印。</source>
        <translation>Repair order {number} already has a valid exit pass {pass_number} (valid until {until}); you can reprint it.</translation>
    </message>
    <message>
        <source>委托书 {number} 已标记为 {earlier} 的返修。</source>
        <translation>Repair order {number} is already marked as a repeat repair of {earlier}.</translation>
    </message>
    <message>
        <source>委托书 {number} 已经是「{current}」。</source>
        <translation>Repair order {number} is already “{current}”.</translation>
    </message>
    <message>
        <source>委托书 {number} 已经派给 {team}。</source>
        <translation>Repair order {number} is already dispatched to {team}.</translation>
    </message>
    <message>
        <source>委托书 {number} 已结算，不能取消；如需更正请由服务经理重新打开。</source>
        <translation>Repair order {number} is settled and cannot be cancelled; to correct it, ask the service manager to reopen it.</translation>
    </message>
    <message>
        <source>委托书 {number} 已结算；只有服务经理「重新打开」后才能改回「{target}」。</source>
        <translation>Repair order {number} is settled; only a service manager can change it back to “{target}” after using “Reopen”.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{current}」，不能直接改为「{target}」。可以改为：{nexts}。</source>
        <translation>Repair order {number} is “{current}” and cannot go straight to “{target}”. It can change to: {nexts}.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，不能再操作工时钟。</source>
        <translation>Repair order {number} is “{status}”; the job clock can no longer be used.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，不能派工。</source>
        <translation>Repair order {number} is “{status}” and cannot be dispatched.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，不能登记追加项目：只有已派工、维修中、质检中或待客户确认的委托书可以。</source>
        <translation>Repair order {number} is “{status}”, so additional work cannot be added: only orders that are Dispatched, In repair, In quality check or Awaiting customer approval can take it.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，交车前检查在「质检中」质检合格之后做。</source>
        <translation>Repair order {number} is “{status}”; the pre-delivery check is done after the car passes quality check while “In quality check”.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，只有「已结算」（车辆未出厂）的委托书可以重新打开。</source>
        <translation>Repair order {number} is “{status}”; only “Settled” orders (vehicle not yet released) can be reopened.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，只有「待交车」的委托书才能结算。</source>
        <translation>Repair order {number} is “{status}”; only repair orders that are “Ready for delivery” can be settled.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，只有「质检中」的车才能质检。</source>
        <translation>Repair order {number} is “{status}”; only vehicles that are “In quality check” can be checked.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，结算后才能开出门证。</source>
        <translation>Repair order {number} is “{status}”; an exit pass can only be issued after settlement.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，车已修好或已离店，不需要再做进度检查。</source>
        <translation>Repair order {number} is “{status}”: the vehicle is already repaired or has left, so no progress check is needed.</translation>
    </message>
    <message>
        <source>委托书 {number} 是车辆 {plate} 的，不是所选的车。请选择正确的委托书或车辆。</source>
        <translation>Repair order {number} is for vehicle {plate}, not the selected vehicle. Choose the correct repair order or vehicle.</translation>
    </message>
    <message>
        <source>委托书 {number} 最近一次质检不合格（{reason}），须返修后重新质检合格才能交车。</source>
        <translation>Repair order {number} failed its last quality check ({reason}); it must be reworked and pass quality check before delivery.</translation>
    </message>
    <message>
        <source>委托书 {number} 没有接车登记（环车检查）。</source>
        <translation>Repair order {number} has no check-in sheet (walk-around).</translation>
    </message>
    <message>
        <source>委托书 {number} 没有有效的出门证，请先开出门证。</source>
        <translation>Repair order {number} has no valid exit pass. Issue an exit pass first.</translation>
    </message>
    <message>
        <source>委托书 {number} 没有返修标记。</source>
        <translation>Repair order {number} is not marked as a repeat repair.</translation>
    </message>
    <message>
        <source>委托书 {number} 没有追加项目。</source>
        <translation>Repair order {number} has no additional work.</translation>
    </message>
    <message>
        <source>委托书 {number} 的回访已是「{status}」，不用再安排。</source>
        <translation>The follow-up call for repair order {number} is already “{status}”; it does not need to be scheduled.</translation>
    </message>
    <message>
        <source>委托书 {number} 的回访已是「{status}」，不能再记录。</source>
        <translation>The follow-up call for repair order {number} is already “{status}”; nothing more can be recorded.</translation>
    </message>
    <message>
        <source>委托书 {number} 的回访还没有接通记录，先记录客户的回答再登记投诉。</source>
        <translation>The follow-up call for repair order {number} has no answered call yet. Record the customer&apos;s answers first, then log the complaint.</translation>
    </message>
    <message>
        <source>委托书 {number} 的客户不是 {customer}，请核对客户和委托书。</source>
        <translation>The customer on repair order {number} is not {customer}. Check the customer and the repair order.</translation>
    </message>
    <message>
        <source>委托书 {number} 的接车登记客户还没有签字，不能打印正式的接车登记表；可以先打印草稿。</source>
        <translation>The customer has not signed the check-in sheet of repair order {number} yet, so the final check-in sheet cannot be printed; you can print a draft first.</translation>
    </message>
    <message>
        <source>委托书 {number} 要在「结算」页收款后才能改为「已结算」。</source>
        <translation>Repair order {number} becomes “Settled” only after payment on the Settlement tab.</translation>
    </message>
    <message>
        <source>委托书 {number} 要在「追加项目」登记发现的问题后才会改为「{target}」。</source>
        <translation>Repair order {number} changes to “{target}” only after the problem found is recorded under “Additional work”.</translation>
    </message>
    <message>
        <source>委托书 {number} 质检已合格，但还没有完成交车前检查，不能改为「待交车」。请在「质检与交车」页逐项确认后完成交车检查。</source>
        <translation>Repair order {number} has passed quality check but the pre-delivery check is not finished, so it cannot be set to “Ready for delivery”. Confirm each item on the “Quality check &amp; delivery” tab to finish the check.</translation>
    </message>
    <message>
        <source>委托书 {number} 还没有工时项目，不能派工。请先添加维修项目。</source>
        <translation>Repair order {number} has no labour lines yet and cannot be dispatched. Add the repair work first.</translation>
    </message>
    <message>
        <source>委托书 {number} 还没有派工，不能开工。请先给每个工时项目派班组和技师。</source>
        <translation>Repair order {number} has not been dispatched, so work cannot start. First assign a team and technician to each labour operation.</translation>
    </message>
    <message>
        <source>委托书 {number} 还没有结算，没有结算单可打印。</source>
        <translation>Repair order {number} is not settled yet, so there is no invoice to print.</translation>
    </message>
    <message>
        <source>委托书 {number} 还没有质检合格，请先质检，再做交车前检查。</source>
        <translation>Repair order {number} has not passed quality check. Do the quality check first, then the pre-delivery check.</translation>
    </message>
    <message>
        <source>委托书 {number} 还没有质检，不能改为「待交车」。请先在「质检与交车」页由非维修技师的质检员质检。</source>
        <translation>Repair order {number} has not had a quality check, so it cannot be set to “Ready for delivery”. First have an inspector who is not a technician do the check on the “Quality check &amp; delivery” tab.</translation>
    </message>
    <message>
        <source>委托书 {order} 当前为「{status}」，不是已结算，不能放行。</source>
        <translation>Repair order {order} is “{status}”, not settled; the vehicle cannot be released.</translation>
    </message>
    <message>
        <source>字体 {font} 不是可嵌入的 TrueType 字体，无法检查字形。请安装中文字体（例如 Debian/Ubuntu 的 fonts-wqy-microhei），或在设置 font_path / 环境变量 DESK_FONT 中指定字体文件。</source>
        <translation>Font {font} is not an embeddable TrueType font, so its glyphs cannot be checked. Install a Chinese font (for example fonts-wqy-microhei on Debian/Ubuntu), or name a font file in the font_path setting or the DESK_FONT environment variable.</translation>
    </message>
    <message>
        <source>客户不需要时请在备注里写明原因，如 已在别处保养、车已卖掉。</source>
        <translation>If the customer does not need it, write the reason in the note, e.g. serviced elsewhere, car sold.</translation>
    </message>
    <message>
        <source>客户付的现金少于收款金额。</source>
        <translation>The cash the customer paid is less than the payment amount.</translation>
    </message>
    <message>
        <source>客户同意增项来电，但客户资料里没有手机号：请填写联系电话。</source>
        <translation>The customer agreed to be called about additional work, but has no mobile number on file: enter a contact number.</translation>
    </message>
    <message>
        <source>客户同意预约时请用“预约到店”，预约和电话记录一起保存。</source>
        <translation>If the customer agrees to come, use “Book visit” so that the appointment is saved with the call record.</translation>
    </message>
    <message>
        <source>客户名称太长（最多100个字）。</source>
        <translation>The customer name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>客户已接通，请为「{name}」打分（1–5 分）。</source>
        <translation>The customer was reached: give a score for “{name}” (1–5).</translation>
    </message>
    <message>
        <source>客户已接通，请记录这次的问题是否已解决。</source>
        <translation>The customer was reached: record whether the problem has been fixed this time.</translation>
    </message>
    <message>
        <source>客户应付 ¥{due}，已收 ¥{paid}，还差 ¥{left}。收齐后才能结算。</source>
        <translation>Customer pays ¥{due}, received ¥{paid}, ¥{left} still to collect. Collect it all before settling.</translation>
    </message>
    <message>
        <source>客户应付 ¥{due}，收款合计 ¥{paid}，多收了 ¥{over}。请更正金额。</source>
        <translation>Customer pays ¥{due}, payments total ¥{paid}: overpaid by ¥{over}. Please correct the amounts.</translation>
    </message>
    <message>
        <source>客户显示方式只能是全名、姓氏加称呼或只显示车牌。</source>
        <translation>The customer display setting must be full name, surname and title, or plate only.</translation>
    </message>
    <message>
        <source>客户答复的时间不能早于发现问题的时间（{found}）。</source>
        <translation>The customer&apos;s reply time cannot be earlier than when the problem was found ({found}).</translation>
    </message>
    <message>
        <source>客户答复的时间不能晚于现在。</source>
        <translation>The customer&apos;s reply time cannot be in the future.</translation>
    </message>
    <message>
        <source>客户还没有在接车登记上签字，不能打印正式的接车登记表；可以先打印草稿。</source>
        <translation>The customer has not signed the check-in sheet yet, so the final check-in sheet cannot be printed; you can print a draft first.</translation>
    </message>
    <message>
        <source>密码不能和姓名相同。</source>
        <translation>The password cannot be the same as the name.</translation>
    </message>
    <message>
        <source>密码至少 {count} 位。</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <source>密码连续输错 {count} 次，账号暂停登录，请 {minutes} 分钟后再试，或请服务经理重置密码。</source>
        <translation>Wrong password {count} times in a row: the account is locked. Try again in {minutes} minutes, or ask the service manager to reset the password.</translation>
    </message>
    <message>
        <source>导出文件的扩展名应为 .csv 或 .xlsx（Excel），现在是“{name}”。</source>
        <translation>The export file must end in .csv or .xlsx (Excel), not “{name}”.</translation>
    </message>
    <message>
        <source>工时目录里没有代码 {code}。</source>
        <translation>Code {code} is not in the labour catalogue.</translation>
    </message>
    <message>
        <source>工时目录里没有代码 {code}；请改正代码，或填写项目名称作为目录外项目。</source>
        <translation>There is no code {code} in the labour catalogue. Correct the code, or enter an operation name to add it as a non-catalogue item.</translation>
    </message>
    <message>
        <source>工时项目请修改工时，不是数量。</source>
        <translation>For labour operations, change the hours, not the quantity.</translation>
    </message>
    <message>
        <source>已有名为 {name} 的员工。</source>
        <translation>There is already a staff member named {name}.</translation>
    </message>
    <message>
        <source>已有名为 {name} 的员工，但不是在用的服务经理账号；请换一个姓名。</source>
        <translation>There is already a staff member named {name}, but not as an active service manager account; choose another name.</translation>
    </message>
    <message>
        <source>已经有服务经理账号了；新账号请由服务经理在「员工」中建立。</source>
        <translation>A service manager account already exists; the service manager creates new accounts under “Staff”.</translation>
    </message>
    <message>
        <source>已问候只用于生日和购车周年的关怀电话。</source>
        <translation>Greeted is only for birthday and purchase-anniversary care calls.</translation>
    </message>
    <message>
        <source>库位最多 30 个字符，现在是“{text}”。</source>
        <translation>The bin location is too long (at most 30 characters): “{text}”.</translation>
    </message>
    <message>
        <source>延误时请填写新的预计交车时间。</source>
        <translation>If delivery is delayed, enter the new promised time.</translation>
    </message>
    <message>
        <source>开始日期 {start} 晚于结束日期 {end}，请把开始日期改早或把结束日期改晚。</source>
        <translation>The start date {start} is after the end date {end}. Move the start date earlier or the end date later.</translation>
    </message>
    <message>
        <source>当前字体 {font} 缺少以下字符，无法打印：{chars}。请改用包含这些字符的中文 TrueType 字体（设置 font_path 或环境变量 DESK_FONT），或修改这些文字。</source>
        <translation>The font {font} lacks these characters, so the document cannot be printed: {chars}. Use a Chinese TrueType font that has them (font_path setting or DESK_FONT environment variable), or change the text.</translation>
    </message>
    <message>
        <source>您的账号已被停用或删除，请重新登录或联系服务经理。</source>
        <translation>Your account has been disabled or deleted. Sign in again or contact the service manager.</translation>
    </message>
    <message>
        <source>所选受理人不在在职员工名单里，请重新选择。</source>
        <translation>The selected receiver is not a current employee. Please choose again.</translation>
    </message>
    <message>
        <source>所选处理人不在在职员工名单里，请重新选择。</source>
        <translation>The selected handler is not a current employee. Please choose again.</translation>
    </message>
    <message>
        <source>所选结案人不在在职员工名单里，请重新选择。</source>
        <translation>The selected person closing the complaint is not on the list of active staff. Choose again.</translation>
    </message>
    <message>
        <source>所选责任人不在在职员工名单里，请重新选择。</source>
        <translation>The selected person responsible is not on the list of active staff. Choose again.</translation>
    </message>
    <message>
        <source>手机号只能有数字，不能有“{char}”。</source>
        <translation>A mobile number can only contain digits, not “{char}”.</translation>
    </message>
    <message>
        <source>手机号应为11位，现在是{length}位。</source>
        <translation>A mobile number has 11 digits; this one has {length}.</translation>
    </message>
    <message>
        <source>手机号应以 13–19 开头，现在是“{prefix}”开头；座机号请填在备注里。</source>
        <translation>A mobile number starts with 13–19, not “{prefix}”; put landline numbers in the notes.</translation>
    </message>
    <message>
        <source>打印机 {printer} 没有接受这份文件：{reason}</source>
        <translation>Printer {printer} did not accept the document: {reason}</translation>
    </message>
    <message>
        <source>扫到的内容不是本系统的出门证二维码：{text}。请重新扫描，或手工输入出门证号。</source>
        <translation>The scanned content is not an exit pass QR code from this system: {text}. Scan again, or enter the exit pass number by hand.</translation>
    </message>
    <message>
        <source>找不到出门证 {number}。</source>
        <translation>Exit pass {number} not found.</translation>
    </message>
    <message>
        <source>找不到出门证 {number}，请核对号码。</source>
        <translation>Exit pass {number} not found. Check the number.</translation>
    </message>
    <message>
        <source>找不到名为 {name} 的员工。</source>
        <translation>No staff member named {name}.</translation>
    </message>
    <message>
        <source>找不到委托书 {number}。</source>
        <translation>Repair order {number} not found.</translation>
    </message>
    <message>
        <source>找不到投诉 {number}。请检查编号。</source>
        <translation>Complaint {number} was not found. Check the number.</translation>
    </message>
    <message>
        <source>找不到数据库文件 {path}。</source>
        <translation>Database file {path} was not found.</translation>
    </message>
    <message>
        <source>找不到要恢复的文件 {path}。</source>
        <translation>The file to restore, {path}, was not found.</translation>
    </message>
    <message>
        <source>找不到设置的中文字体文件：{path}。请检查设置 font_path 或环境变量 DESK_FONT，或安装中文字体（例如 fonts-wqy-microhei）后清空该设置。</source>
        <translation>The configured Chinese font file was not found: {path}. Check the font_path setting or the DESK_FONT environment variable, or install a Chinese font (for example fonts-wqy-microhei) and clear the setting.</translation>
    </message>
    <message>
        <source>找不到这个员工。</source>
        <translation>Staff member not found.</translation>
    </message>
    <message>
        <source>找不到这个回访记录（可能已被删除），请刷新列表。</source>
        <translation>This follow-up call was not found (it may have been deleted). Refresh the list.</translation>
    </message>
    <message>
        <source>找不到这个标记，可能已被删除。</source>
        <translation>This mark was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这个班组。</source>
        <translation>Team not found.</translation>
    </message>
    <message>
        <source>找不到这个账号。</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>找不到这个追加项目，可能已被删除。</source>
        <translation>This additional work item was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这份接车登记，可能已被删除。</source>
        <translation>This check-in sheet was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这位客户，可能已被删除。</source>
        <translation>This customer was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这位客户，可能已被删除。请重新查找客户。</source>
        <translation>This customer was not found; they may have been deleted. Search for the customer again.</translation>
    </message>
    <message>
        <source>找不到这张委托书。</source>
        <translation>This repair order was not found.</translation>
    </message>
    <message>
        <source>找不到这张照片。</source>
        <translation>This photo was not found.</translation>
    </message>
    <message>
        <source>找不到这次回访记录。</source>
        <translation>This follow-up call was not found.</translation>
    </message>
    <message>
        <source>找不到这辆车，可能已被删除。</source>
        <translation>This vehicle was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这辆车，可能已被删除。请重新查找车辆。</source>
        <translation>This vehicle was not found; it may have been deleted. Search for the vehicle again.</translation>
    </message>
    <message>
        <source>找不到这辆车，请先搜索或登记车辆。</source>
        <translation>Vehicle not found. Find or register the vehicle first.</translation>
    </message>
    <message>
        <source>找不到预约 {number}。</source>
        <translation>Appointment {number} not found.</translation>
    </message>
    <message>
        <source>技师 {technician} 属于{own}，不在{team}。请选择{team}的技师，或把班组改为{own}。</source>
        <translation>Technician {technician} belongs to {own}, not {team}. Choose a technician from {team}, or change the team to {own}.</translation>
    </message>
    <message>
        <source>技师 {technician} 还没有分到班组，不能派工。请选择{team}的技师。</source>
        <translation>Technician {technician} is not in a team yet and cannot be dispatched. Choose a technician from {team}.</translation>
    </message>
    <message>
        <source>技师每日工时应在 1 到 16 小时之间，最多两位小数。</source>
        <translation>Technician hours per day must be between 1 and 16, with at most two decimal places.</translation>
    </message>
    <message>
        <source>技师每日工时必须是数字，如 8 或 7.5。</source>
        <translation>Technician hours per day must be a number, e.g. 8 or 7.5.</translation>
    </message>
    <message>
        <source>投诉 {number} 已结案。如需继续处理，请服务经理先重新打开。</source>
        <translation>Complaint {number} is closed. To continue handling it, a service manager must reopen it first.</translation>
    </message>
    <message>
        <source>投诉 {number} 还在处理中，不需要重新打开。</source>
        <translation>Complaint {number} is still being handled; it does not need to be reopened.</translation>
    </message>
    <message>
        <source>投诉内容太长（最多{limit}个字），请精简。</source>
        <translation>The complaint text is too long (at most {limit} characters). Shorten it.</translation>
    </message>
    <message>
        <source>折扣“{text}”不是数字：请填写减免的百分比，如 10 表示减 10%，100 表示免费。</source>
        <translation>Discount “{text}” is not a number: enter the percentage off, e.g. 10 for 10% off, 100 for free.</translation>
    </message>
    <message>
        <source>折扣不能是负数，现在是 {text}。请填写 0 到 100 之间的百分比。</source>
        <translation>The discount cannot be negative ({text}). Enter a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>折扣最多 100%（免费），现在是 {text}。请填写 0 到 100 之间的百分比。</source>
        <translation>The discount is at most 100% (free), not {text}. Enter a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>折扣最多两位小数（如 12.25），现在是 {text}。</source>
        <translation>The discount can have at most two decimal places (e.g. 12.25), not {text}.</translation>
    </message>
    <message>
        <source>折扣比例“{text}”不是数字，请填写如 5 或 2.5。</source>
        <translation>Discount rate “{text}” is not a number. Enter e.g. 5 or 2.5.</translation>
    </message>
    <message>
        <source>折扣比例必须在 0 到 100 之间。</source>
        <translation>The discount rate must be between 0 and 100.</translation>
    </message>
    <message>
        <source>折扣比例最多两位小数。</source>
        <translation>The discount rate can have at most two decimal places.</translation>
    </message>
    <message>
        <source>挂账金额不能是负数。</source>
        <translation>The on-account amount cannot be negative.</translation>
    </message>
    <message>
        <source>挂账须经服务经理批准，请选择批准人。</source>
        <translation>On account needs a service manager&apos;s approval. Choose the approver.</translation>
    </message>
    <message>
        <source>挂账须经服务经理批准；{name} 不是服务经理。</source>
        <translation>On account needs a service manager&apos;s approval; {name} is not a service manager.</translation>
    </message>
    <message>
        <source>按时完成时不改交车时间；如会延误，请选择「延误」并填写新的预计交车时间。</source>
        <translation>When finishing on time, the promised time is not changed. If there will be a delay, choose “Delayed” and enter the new promised time.</translation>
    </message>
    <message>
        <source>损伤类型只能是划痕、凹陷、裂纹、掉漆或其他。</source>
        <translation>The damage type must be scratch, dent, crack, paint chip or other.</translation>
    </message>
    <message>
        <source>接车登记第 {revision} 版已由客户于 {when} 签字确认，不能再修改。如需更正，请点“修订”建立新版本，并请客户重新签字。</source>
        <translation>Revision {revision} of the check-in sheet was signed by the customer at {when} and can no longer be changed. To correct it, click “Revise” to make a new revision and have the customer sign again.</translation>
    </message>
    <message>
        <source>提前天数应在 0 到 365 天之间。</source>
        <translation>Days in advance must be between 0 and 365.</translation>
    </message>
    <message>
        <source>操作时间 {when} 早于「{line}」上一次操作的时间 {last}。</source>
        <translation>Action time {when} is earlier than the last action on “{line}” at {last}.</translation>
    </message>
    <message>
        <source>收款金额必须大于 0。</source>
        <translation>The payment amount must be greater than 0.</translation>
    </message>
    <message>
        <source>改约请选择新的日期和时间。</source>
        <translation>To reschedule, choose the new date and time.</translation>
    </message>
    <message>
        <source>数据库正被另一台电脑占用，等待超时。请稍后再试；刚才的操作没有保存。</source>
        <translation>The database is busy on another computer and the wait timed out. Please try again shortly; your last action was not saved.</translation>
    </message>
    <message>
        <source>数据库的版本（{current}）比这台电脑上的 Desk 新。请先把这台电脑的 Desk 升级到最新版本。</source>
        <translation>The database version ({current}) is newer than Desk on this computer. Please update Desk on this computer to the latest version first.</translation>
    </message>
    <message>
        <source>数据库里已有员工 {name}，演示数据只能装入空数据库。</source>
        <translation>The database already has a staff member {name}; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库里已有班组 {name}，演示数据只能装入空数据库。</source>
        <translation>The database already has a team {name}; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库里已经有委托书，演示数据只能装入空数据库。</source>
        <translation>The database already has repair orders; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库里已经有客户资料，演示数据只能装入空数据库。</source>
        <translation>The database already has customers; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库里已经有预约，演示数据只能装入空数据库。</source>
        <translation>The database already has appointments; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库里没有本店设置。请运行 “desk db upgrade” 建立数据库。</source>
        <translation>The database has no dealership settings. Run “desk db upgrade” to set up the database.</translation>
    </message>
    <message>
        <source>数据库需要升级到这台电脑上的新版 Desk，但另一个程序（很可能是其他电脑上的 Desk）正打开着数据库文件。请先关闭其他电脑上的 Desk，或先把它们也升级，然后再启动这台电脑的 Desk。</source>
        <translation>The database needs upgrading to this PC&apos;s newer Desk, but another program (probably Desk on another PC) has the database file open. Close Desk on the other PCs, or upgrade them too, then start Desk on this PC.</translation>
    </message>
    <message>
        <source>数据库需要升级到这台电脑上的新版 Desk，但还有 {count} 个其他 Desk 连接在使用它。请先关闭其他电脑（包括大屏）上的 Desk，或先把它们也升级，然后再启动这台电脑的 Desk。</source>
        <translation>The database needs upgrading to this PC&apos;s newer Desk, but {count} other Desk connections are still using it. Close Desk on the other PCs (including the wall screen), or upgrade them too, then start Desk on this PC.</translation>
    </message>
    <message>
        <source>整单折扣 ¥{discount} 超过了客户自费部分 ¥{subtotal}。</source>
        <translation>The order discount of ¥{discount} exceeds the customer-paid part of ¥{subtotal}.</translation>
    </message>
    <message>
        <source>整单折扣不能是负数。</source>
        <translation>The order discount cannot be negative.</translation>
    </message>
    <message>
        <source>整单折扣请只填金额或比例中的一项。</source>
        <translation>Enter the order discount as either an amount or a rate, not both.</translation>
    </message>
    <message>
        <source>文件“{name}”不是图片（可以添加 JPEG、PNG、GIF、BMP 或 WebP 照片）。</source>
        <translation>The file “{name}” is not an image (you can add JPEG, PNG, GIF, BMP or WebP photos).</translation>
    </message>
    <message>
        <source>文件“{name}”是空的。</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>文件既不是 UTF-8 也不是 GBK 编码，请在 Excel 中另存为“CSV UTF-8”。</source>
        <translation>The file is neither UTF-8 nor GBK encoded. In Excel, save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>新密码不能和原密码相同。</source>
        <translation>The new password must be different from the old one.</translation>
    </message>
    <message>
        <source>新的预计交车时间与原来的相同；如能按时完成，请选择「按时」。</source>
        <translation>The new promised time is the same as before. If the work will finish on time, choose “On time”.</translation>
    </message>
    <message>
        <source>新的预计交车时间必须晚于客户答复的时间。</source>
        <translation>The new promised time must be later than the customer&apos;s reply.</translation>
    </message>
    <message>
        <source>新的预计交车时间必须晚于现在。</source>
        <translation>The new promised time must be in the future.</translation>
    </message>
    <message>
        <source>新能源车牌的6位号码应以 D 或 F 开头（小型车）或结尾（大型车），现在是“{number}”。</source>
        <translation>The 6-character number of a new-energy plate starts (small vehicles) or ends (large vehicles) with D or F, not “{number}”.</translation>
    </message>
    <message>
        <source>无法使用中文字体文件：{path}（{reason}）。请安装中文字体（例如 Debian/Ubuntu 的 fonts-wqy-microhei），或在设置 font_path / 环境变量 DESK_FONT 中指定字体文件。</source>
        <translation>Cannot use the Chinese font file {path} ({reason}). Install a Chinese font (for example fonts-wqy-microhei on Debian/Ubuntu), or name a font file in the font_path setting or the DESK_FONT environment variable.</translation>
    </message>
    <message>
        <source>无法使用设置的中文字体文件：{path}（{reason}）。需要可嵌入的 TrueType 字体（.ttf/.ttc，例如文泉驿微米黑 wqy-microhei.ttc、微软雅黑 msyh.ttc）；Noto CJK 等 OpenType/CFF 字体无法嵌入。</source>
        <translation>Cannot use the configured Chinese font file {path} ({reason}). An embeddable TrueType font is needed (.ttf/.ttc, for example WenQuanYi Micro Hei wqy-microhei.ttc or Microsoft YaHei msyh.ttc); OpenType/CFF fonts such as Noto CJK cannot be embedded.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}。原有文件没有改动。</source>
        <translation>Could not write {path}: {reason}. The existing file was not changed.</translation>
    </message>
    <message>
        <source>无法读取 {path}：{reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{reason}。</source>
        <translation>Could not read file {path}: {reason}.</translation>
    </message>
    <message>
        <source>无法连接数据库：{detail}。请检查网络或数据库服务器；刚才的操作没有保存。</source>
        <translation>Cannot connect to the database: {detail}. Please check the network or the database server; your last action was not saved.</translation>
    </message>
    <message>
        <source>日期应写成 YYYY-MM-DD，如 2027-05-23。</source>
        <translation>Enter dates as YYYY-MM-DD, e.g. 2027-05-23.</translation>
    </message>
    <message>
        <source>旧件只能由客户带走或由本店处理。</source>
        <translation>Old parts can only be taken by the customer or disposed of by the dealership.</translation>
    </message>
    <message>
        <source>暂停原因为「其他」时，请写明原因。</source>
        <translation>When the pause reason is “Other”, describe the reason.</translation>
    </message>
    <message>
        <source>有保险项目，请填写保险公司名称。</source>
        <translation>There are insurance items: enter the insurance company name.</translation>
    </message>
    <message>
        <source>有保险项目，请填写保险理赔（报案）号。</source>
        <translation>There are insurance items: enter the insurance claim (report) number.</translation>
    </message>
    <message>
        <source>未知的投诉状态筛选：{status}</source>
        <translation>Unknown complaint status filter: {status}</translation>
    </message>
    <message>
        <source>标记位置不对。</source>
        <translation>Invalid mark position.</translation>
    </message>
    <message>
        <source>标记应放在车辆图内（{what}）。</source>
        <translation>Place the mark on the car drawing ({what}).</translation>
    </message>
    <message>
        <source>检查表里没有“{key}”这一项。</source>
        <translation>The checklist has no item “{key}”.</translation>
    </message>
    <message>
        <source>检查项目最多 {limit} 项。模板未保存，仍使用原来的模板。</source>
        <translation>The checklist can have at most {limit} items. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）。模板未保存，仍使用原来的模板。</source>
        <translation>The checklist template is not valid JSON (line {line}, column {column}: {reason}). The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板应为 {{&quot;groups&quot;: [...]}}，且至少有一组。模板未保存，仍使用原来的模板。</source>
        <translation>The checklist template must be {{&quot;groups&quot;: [...]}} with at least one group. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板的“{title}”组没有项目（items）。模板未保存，仍使用原来的模板。</source>
        <translation>Group “{title}” of the checklist template has no items. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板的项目 {where} 格式不对。模板未保存，仍使用原来的模板。</source>
        <translation>Checklist template item {where} is malformed. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板的项目 {where} 的代码（key）应为字母开头的字母、数字或下划线。模板未保存，仍使用原来的模板。</source>
        <translation>The key of checklist template item {where} must start with a letter and contain only letters, digits or underscores. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板的项目“{key}”的条件（when）只能是 first_service。模板未保存，仍使用原来的模板。</source>
        <translation>The condition (when) of checklist template item “{key}” can only be first_service. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板的项目“{key}”要有名称（label），最多 {limit} 个字。模板未保存，仍使用原来的模板。</source>
        <translation>Checklist template item “{key}” needs a name (label) of at most {limit} characters. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板第 {index} 组缺少标题（title）。模板未保存，仍使用原来的模板。</source>
        <translation>Group {index} of the checklist template has no title. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>检查项目模板里代码“{key}”出现了两次。模板未保存，仍使用原来的模板。</source>
        <translation>The key “{key}” appears twice in the checklist template. The template was not saved; the previous template is still in use.</translation>
    </message>
    <message>
        <source>没有“{target}”这个状态。</source>
        <translation>There is no status “{target}”.</translation>
    </message>
    <message>
        <source>没有名为 {key} 的考核指标。</source>
        <translation>There is no KPI named {key}.</translation>
    </message>
    <message>
        <source>没有套餐 {code}。</source>
        <translation>Service package {code} not found.</translation>
    </message>
    <message>
        <source>没有找到可用的中文字体，无法生成 PDF。请安装中文字体（例如 Debian/Ubuntu 的 fonts-wqy-microhei），或在设置 font_path / 环境变量 DESK_FONT 中指定字体文件。</source>
        <translation>No usable Chinese font was found, so the PDF cannot be made. Install a Chinese font (for example fonts-wqy-microhei on Debian/Ubuntu), or name a font file in the font_path setting or the DESK_FONT environment variable.</translation>
    </message>
    <message>
        <source>没有第 {screen} 块屏幕（这台电脑有 {count} 块，编号从 0 起）。</source>
        <translation>There is no screen {screen} (this computer has {count}, numbered from 0).</translation>
    </message>
    <message>
        <source>油量以八分之几记录，应在 0 到 8 之间。</source>
        <translation>Fuel is recorded in eighths and must be between 0 and 8.</translation>
    </message>
    <message>
        <source>照片“{name}”太大（{size:.1f} MB），最多 {limit} MB。请缩小后再添加。</source>
        <translation>The photo “{name}” is too large ({size:.1f} MB); the limit is {limit} MB. Make it smaller and add it again.</translation>
    </message>
    <message>
        <source>班组或工种最多 50 个字符。</source>
        <translation>The team or trade is too long (at most 50 characters).</translation>
    </message>
    <message>
        <source>班组至少要有 1 名成员。</source>
        <translation>A team needs at least 1 member.</translation>
    </message>
    <message>
        <source>生日 {day} 在今天之后，请检查年份。</source>
        <translation>The birthday {day} is after today. Check the year.</translation>
    </message>
    <message>
        <source>生日 {day} 算来客户已超过 {age} 岁，请检查年份；不知道年份时只填月-日，如 03-12。</source>
        <translation>A birthday of {day} would make the customer over {age}. Check the year; if you don&apos;t know the year, enter only month-day, e.g. 03-12.</translation>
    </message>
    <message>
        <source>生日 “{text}” 不是有效的日期，请按 年-月-日 填写，如 1985-03-12；不知道年份时填 03-12。</source>
        <translation>The birthday “{text}” is not a valid date. Enter it as year-month-day, e.g. 1985-03-12; if you don&apos;t know the year, enter 03-12.</translation>
    </message>
    <message>
        <source>生日只知道 2 月 29 日时请连年份一起填写，如 1988-02-29。</source>
        <translation>For a birthday on 29 February, enter the year too, e.g. 1988-02-29.</translation>
    </message>
    <message>
        <source>留空档前的连续时段数应在 0 到 12 之间（0 表示不留空档）。</source>
        <translation>The number of slots before each buffer slot must be between 0 and 12 (0 means no buffer slots).</translation>
    </message>
    <message>
        <source>目录里没有{what} {code}，可能已被删除。</source>
        <translation>There is no {what} {code} in the catalogue; it may have been deleted.</translation>
    </message>
    <message>
        <source>第 1 行不是正确的 CSV：{reason}</source>
        <translation>Row 1 is not valid CSV: {reason}</translation>
    </message>
    <message>
        <source>第 1 行表头缺少这些列：{missing}（表头可以用中文或英文列名，如 {example}）。</source>
        <translation>The header (row 1) lacks these columns: {missing} (column names can be Chinese or English, e.g. {example}).</translation>
    </message>
    <message>
        <source>第 {n} 笔收款的付款方式不对。</source>
        <translation>Payment {n} has an invalid payment method.</translation>
    </message>
    <message>
        <source>第 {n} 笔收款的流水号太长（最多 60 个字符）。</source>
        <translation>Payment {n} has a transaction number that is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>第 {n} 笔收款的金额必须大于 0。</source>
        <translation>The amount of payment {n} must be greater than 0.</translation>
    </message>
    <message>
        <source>第 {n} 笔收款（{method}）请填写交易流水号。</source>
        <translation>Enter the transaction reference of payment {n} ({method}).</translation>
    </message>
    <message>
        <source>第 {n} 笔收款：客户付现金 ¥{tendered}，少于收款金额 ¥{amount}。</source>
        <translation>Payment {n}: the customer paid ¥{tendered} in cash, less than the payment amount of ¥{amount}.</translation>
    </message>
    <message>
        <source>第 {revision} 版还没有签字，可以直接修改，不需要修订。</source>
        <translation>Revision {revision} is not signed yet; you can edit it directly without revising.</translation>
    </message>
    <message>
        <source>第 {row} 行不是正确的 CSV：{reason}</source>
        <translation>Row {row} is not valid CSV: {reason}</translation>
    </message>
    <message>
        <source>签名图片无效，请让客户重新签字。</source>
        <translation>The signature image is invalid; please have the customer sign again.</translation>
    </message>
    <message>
        <source>签字前请先填写：{missing}。</source>
        <translation>Before signing, fill in: {missing}.</translation>
    </message>
    <message>
        <source>结案须填写处理结果：最后怎么解决的、客户得到了什么答复。</source>
        <translation>To close the complaint, enter the outcome: how it was finally resolved and what the customer was told.</translation>
    </message>
    <message>
        <source>结算单纸张只能是 A4 或 A5。</source>
        <translation>The invoice paper size can only be A4 or A5.</translation>
    </message>
    <message>
        <source>表头里“{a}”和“{b}”是同一列。</source>
        <translation>“{a}” and “{b}” in the header are the same column.</translation>
    </message>
    <message>
        <source>要恢复的文件就是当前数据库本身。</source>
        <translation>The file to restore is the current database itself.</translation>
    </message>
    <message>
        <source>请先在状态栏选择{what}。</source>
        <translation>Select {what} in the status bar first.</translation>
    </message>
    <message>
        <source>请先找到或登记车辆，再开始环车检查。</source>
        <translation>Find or register the vehicle before starting the walk-around.</translation>
    </message>
    <message>
        <source>请先让客户在接车登记上签字，再开委托书。</source>
        <translation>Have the customer sign the check-in sheet before opening the repair order.</translation>
    </message>
    <message>
        <source>请写明改返修标记的原因。</source>
        <translation>Enter the reason for changing the repeat repair mark.</translation>
    </message>
    <message>
        <source>请填写{what}。</source>
        <translation>Enter the {what}.</translation>
    </message>
    <message>
        <source>请填写单价。</source>
        <translation>Enter the unit price.</translation>
    </message>
    <message>
        <source>请填写取消原因。</source>
        <translation>Enter the reason for cancelling.</translation>
    </message>
    <message>
        <source>请填写名称。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>请填写员工姓名。</source>
        <translation>Enter the staff member&apos;s name.</translation>
    </message>
    <message>
        <source>请填写处理经过：做了什么、和客户怎么说的。</source>
        <translation>Enter the handling steps: what was done and what the customer was told.</translation>
    </message>
    <message>
        <source>请填写备件名称。</source>
        <translation>Enter the part name.</translation>
    </message>
    <message>
        <source>请填写备件名称，或从目录选择。</source>
        <translation>Enter the part name, or choose one from the catalogue.</translation>
    </message>
    <message>
        <source>请填写客户姓名或单位名称。</source>
        <translation>Enter the customer&apos;s name or company name.</translation>
    </message>
    <message>
        <source>请填写客户方是谁作的决定（如 车主本人、车队负责人）。</source>
        <translation>Enter who made the decision for the customer (e.g. the owner, the fleet manager).</translation>
    </message>
    <message>
        <source>请填写客户答复的时间。</source>
        <translation>Enter the time of the customer&apos;s reply.</translation>
    </message>
    <message>
        <source>请填写工时。</source>
        <translation>Enter the labour hours.</translation>
    </message>
    <message>
        <source>请填写工时项目名称。</source>
        <translation>Enter the labour operation name.</translation>
    </message>
    <message>
        <source>请填写工时项目名称，或从目录选择。</source>
        <translation>Enter the labour operation name, or choose one from the catalogue.</translation>
    </message>
    <message>
        <source>请填写店名，它会印在每一张单据上。</source>
        <translation>Enter the dealership name; it is printed on every document.</translation>
    </message>
    <message>
        <source>请填写手机号（11位）。</source>
        <translation>Enter the mobile number (11 digits).</translation>
    </message>
    <message>
        <source>请填写服务经理的姓名。</source>
        <translation>Enter the service manager&apos;s name.</translation>
    </message>
    <message>
        <source>请填写班组名称。</source>
        <translation>Enter the team name.</translation>
    </message>
    <message>
        <source>请填写车型，例如 “大众 帕萨特 330TSI”。</source>
        <translation>Enter the model, for example “Volkswagen Passat 330TSI”.</translation>
    </message>
    <message>
        <source>请填写车架号（17位，见行驶证或前挡风玻璃左下角）。</source>
        <translation>Enter the VIN (17 characters, on the vehicle licence or at the lower left of the windscreen).</translation>
    </message>
    <message>
        <source>请填写车牌号，如 粤B·12345。</source>
        <translation>Enter the plate number, e.g. 粤B·12345.</translation>
    </message>
    <message>
        <source>请填写这次电话所针对的日期（保养到期日、生日等）。</source>
        <translation>Enter the date this call is about (maintenance due date, birthday, etc.).</translation>
    </message>
    <message>
        <source>请填写里程（公里数，整数）。</source>
        <translation>Enter the mileage (whole kilometres).</translation>
    </message>
    <message>
        <source>请填写金额。</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>请填写预计交车时间。</source>
        <translation>Enter the promised time.</translation>
    </message>
    <message>
        <source>请按客户的原话填写投诉内容。</source>
        <translation>Enter the complaint in the customer&apos;s own words.</translation>
    </message>
    <message>
        <source>请描述发现的问题和建议的维修（追加项目说明）。</source>
        <translation>Describe the problem found and the repair recommended (additional work description).</translation>
    </message>
    <message>
        <source>请至少填写一项工时或备件：客户要知道追加项目的价格才能决定。</source>
        <translation>Enter at least one labour or part line: the customer needs the price of the additional work to decide.</translation>
    </message>
    <message>
        <source>请记录客户描述的故障或要求（故障描述）。</source>
        <translation>Record the problem or request the customer describes (customer concern).</translation>
    </message>
    <message>
        <source>请选择在职的员工来打回访电话。</source>
        <translation>Choose an active staff member to make the follow-up call.</translation>
    </message>
    <message>
        <source>请选择在职的维修技师。</source>
        <translation>Choose an active technician.</translation>
    </message>
    <message>
        <source>请选择客户答复的方式：电话、当面或其他。</source>
        <translation>Choose how the customer replied: phone, in person or other.</translation>
    </message>
    <message>
        <source>请选择投诉来源（回访、来电、前台或其他）。</source>
        <translation>Choose the complaint source (follow-up call, phone call, front desk or other).</translation>
    </message>
    <message>
        <source>请选择投诉类别：维修质量，或非质量类的服务态度、价格、时间、其他。</source>
        <translation>Choose the complaint category: repair quality, or non-quality: staff attitude, price, time or other.</translation>
    </message>
    <message>
        <source>请选择接待的服务顾问。</source>
        <translation>Choose the service advisor receiving the customer.</translation>
    </message>
    <message>
        <source>请选择暂停原因。</source>
        <translation>Choose a pause reason.</translation>
    </message>
    <message>
        <source>请选择电话结果：已确认、改约、取消或未联系上。</source>
        <translation>Choose the call result: confirmed, rescheduled, cancelled or not reached.</translation>
    </message>
    <message>
        <source>请选择要派工的班组。</source>
        <translation>Choose the team to dispatch to.</translation>
    </message>
    <message>
        <source>请选择负责的服务顾问。</source>
        <translation>Choose the service advisor in charge.</translation>
    </message>
    <message>
        <source>请选择质检员（在职员工）。</source>
        <translation>Choose an inspector (active staff member).</translation>
    </message>
    <message>
        <source>请选择这次电话的结果。</source>
        <translation>Choose the outcome of this call.</translation>
    </message>
    <message>
        <source>请选择这辆车未做的建议项目。</source>
        <translation>Choose the declined work item for this vehicle.</translation>
    </message>
    <message>
        <source>质检不合格时必须写明原因（返修要做什么）。</source>
        <translation>A failed quality check needs a reason (what the rework must do).</translation>
    </message>
    <message>
        <source>质检洗车预留应在 0 到 480 分钟之间。</source>
        <translation>Time reserved for quality check and washing must be between 0 and 480 minutes.</translation>
    </message>
    <message>
        <source>购车日期 {day} 在今天之后，请检查。</source>
        <translation>The purchase date {day} is after today. Check it.</translation>
    </message>
    <message>
        <source>购车日期 {day} 早于 {year} 年，请检查年份。</source>
        <translation>The purchase date {day} is before {year}. Check the year.</translation>
    </message>
    <message>
        <source>购车日期 “{text}” 不是有效的日期，请按 年-月-日 填写，如 2021-06-18。</source>
        <translation>The purchase date “{text}” is not a valid date. Enter it as year-month-day, e.g. 2021-06-18.</translation>
    </message>
    <message>
        <source>贵重物品“{item}”请选择当场交还客户或经客户同意留车保管。</source>
        <translation>For the valuable “{item}”, choose whether it was returned to the customer on the spot or kept in the car with the customer&apos;s consent.</translation>
    </message>
    <message>
        <source>车型最多 100 个字符。</source>
        <translation>The model is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>车架号 {vin} 已登记为车辆 {plate}。请直接搜索这辆车。</source>
        <translation>VIN {vin} is already registered as vehicle {plate}. Search for that vehicle instead.</translation>
    </message>
    <message>
        <source>车架号只能有数字和字母，不能有“{char}”。</source>
        <translation>A VIN can only contain digits and letters, not “{char}”.</translation>
    </message>
    <message>
        <source>车架号应为17位，现在是{length}位。</source>
        <translation>A VIN has 17 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>车架号第9位是校验位，按其余各位算应为“{expected}”，现在是“{found}”，可能有一位输错了，请与行驶证核对。部分进口车的车架号没有校验位；核对无误后可确认保存。</source>
        <translation>The 9th character of the VIN is a check digit: from the other characters it should be “{expected}”, but it is “{found}”. One character may be mistyped; please compare with the vehicle licence. Some imported vehicles have no check digit; once checked, you can confirm and save.</translation>
    </message>
    <message>
        <source>车架号里不会有字母 {letter}（容易与数字 {digit} 混淆），请核对是否应为数字 {digit}。</source>
        <translation>A VIN never contains the letter {letter} (easily confused with the digit {digit}); check whether it should be the digit {digit}.</translation>
    </message>
    <message>
        <source>车牌 {plate} 已登记在客户 {owner} 名下。请直接搜索这辆车。</source>
        <translation>Plate {plate} is already registered to customer {owner}. Search for that vehicle instead.</translation>
    </message>
    <message>
        <source>车牌不符：出门证上是 {on_pass}，委托书 {order} 的车辆现在登记为 {on_order}，不能放行。</source>
        <translation>Plate mismatch: the exit pass shows {on_pass}, but the vehicle of repair order {order} is now registered as {on_order}. Do not release.</translation>
    </message>
    <message>
        <source>车牌号格式不对：应为省份简称+字母+5位（新能源6位），如 粤B·12345 或 粤B·D12345。</source>
        <translation>Invalid plate number: it should be a province character, a letter and 5 characters (6 for new-energy vehicles), e.g. 粤B·12345 or 粤B·D12345.</translation>
    </message>
    <message>
        <source>车牌号第一个字应为省份简称（如 粤、京、沪），现在是“{char}”。</source>
        <translation>A plate number starts with a province character (such as 粤, 京, 沪), not “{char}”.</translation>
    </message>
    <message>
        <source>车牌号第二位应为发牌机关的字母（如 粤B 的 B），现在是“{char}”。</source>
        <translation>The second character of a plate number is the letter of the issuing office (such as the B in 粤B), not “{char}”.</translation>
    </message>
    <message>
        <source>车牌号里不会有字母 {letters}（容易与数字 1、0 混淆），请核对是否应为数字。</source>
        <translation>A plate number never contains the letters {letters} (easily confused with the digits 1 and 0); check whether they should be digits.</translation>
    </message>
    <message>
        <source>车辆 {plate} 不属于客户 {customer}。请选择这位客户的车，或先查找车主。</source>
        <translation>Vehicle {plate} does not belong to customer {customer}. Choose one of this customer&apos;s vehicles, or look up the owner first.</translation>
    </message>
    <message>
        <source>车辆须凭出门证出厂，委托书 {number} 才能改为「已出厂」。</source>
        <translation>A vehicle leaves only with an exit pass; that is when repair order {number} becomes “Released”.</translation>
    </message>
    <message>
        <source>输出目录 {directory} 不存在。</source>
        <translation>The output folder {directory} does not exist.</translation>
    </message>
    <message>
        <source>返修来源必须是这辆车以前做过的委托书（{earlier} 不是）。</source>
        <translation>The original job for a repeat repair must be an earlier repair order of this vehicle ({earlier} is not).</translation>
    </message>
    <message>
        <source>这一行已被删除或不属于委托书 {number}。</source>
        <translation>This line was deleted or does not belong to repair order {number}.</translation>
    </message>
    <message>
        <source>这个工时项目已被删除或不属于委托书 {number}。</source>
        <translation>This labour operation was deleted or does not belong to repair order {number}.</translation>
    </message>
    <message>
        <source>这个建议项目已加入委托书 {number}。</source>
        <translation>This recommended item is already on repair order {number}.</translation>
    </message>
    <message>
        <source>这个建议项目已经做过或不是客户拒绝的项目，不用再打电话。</source>
        <translation>This recommended item has already been done or was not declined by the customer; no call is needed.</translation>
    </message>
    <message>
        <source>这个建议项目是另一辆车的，不能加入委托书 {number}。</source>
        <translation>This recommended item is for another vehicle and cannot be added to repair order {number}.</translation>
    </message>
    <message>
        <source>这个追加项目已记录客户决定（{status}），决定不能更改。如客户改变主意，请重新登记追加项目。</source>
        <translation>The customer&apos;s decision for this additional work is already recorded ({status}) and cannot be changed. If the customer changes their mind, enter the additional work again.</translation>
    </message>
    <message>
        <source>这台电脑没有 CUPS 打印系统，无法直接提交 PDF。</source>
        <translation>This computer has no CUPS printing system, so the PDF cannot be sent directly.</translation>
    </message>
    <message>
        <source>这张出门证不是本店系统开具的（签名密钥不同），不能放行。请车主到收银处核实。</source>
        <translation>This exit pass was not issued by this dealership&apos;s system (different signing key). Do not release; send the owner to the cashier to check.</translation>
    </message>
    <message>
        <source>这是接车登记的旧版本（第 {revision} 版），已有第 {latest} 版，只能修改最新版本。</source>
        <translation>This is an old revision of the check-in sheet (revision {revision}); there is already a revision {latest}, and only the latest revision can be edited.</translation>
    </message>
    <message>
        <source>这是旧版本（第 {revision} 版），请在最新的第 {latest} 版上修订。</source>
        <translation>This is an old revision ({revision}); revise the latest revision, {latest}, instead.</translation>
    </message>
    <message>
        <source>这是旧版本，请在最新版本上操作。</source>
        <translation>This is an old revision; work on the latest revision.</translation>
    </message>
    <message>
        <source>这是本单客户拒绝的项目；如客户改变主意，请重新登记追加项目。</source>
        <translation>The customer declined this item on this order. If the customer changes their mind, enter the additional work again.</translation>
    </message>
    <message>
        <source>这次回访已登记投诉 {complaint}，请在投诉登记表里继续处理。</source>
        <translation>A complaint, {complaint}, has already been registered for this follow-up call. Continue handling it in the complaint register.</translation>
    </message>
    <message>
        <source>这次回访的客户不是 {customer}，请核对客户。</source>
        <translation>The customer for this follow-up call is not {customer}. Check the customer.</translation>
    </message>
    <message>
        <source>这次回访针对的是另一张委托书，请核对委托书。</source>
        <translation>This follow-up call is for a different repair order. Check the repair order.</translation>
    </message>
    <message>
        <source>这次接车已开委托书 {number}。</source>
        <translation>Repair order {number} has already been opened for this check-in.</translation>
    </message>
    <message>
        <source>这辆车还有未完工的委托书 {number}。确定要再开一张吗？</source>
        <translation>This vehicle still has an unfinished repair order {number}. Open another one anyway?</translation>
    </message>
    <message>
        <source>部门名称太长（最多50个字）。</source>
        <translation>The department name is too long (at most 50 characters).</translation>
    </message>
    <message>
        <source>里程 {mileage:,} 公里比上次记录的 {last:,} 公里少。如确实如此（例如更换过仪表），请填写原因。</source>
        <translation>The mileage {mileage:,} km is lower than the last recorded {last:,} km. If that is correct (e.g. the instrument cluster was replaced), enter the reason.</translation>
    </message>
    <message>
        <source>里程“{text}”不是数字：请只填写整数公里数，如 12345。</source>
        <translation>The mileage “{text}” is not a number: enter whole kilometres only, e.g. 12345.</translation>
    </message>
    <message>
        <source>里程不能是负数，现在是 {mileage}。</source>
        <translation>The mileage cannot be negative ({mileage}).</translation>
    </message>
    <message>
        <source>里程最多 2,000,000 公里，现在是 {mileage:,}，请检查是否多输了位数。</source>
        <translation>The mileage can be at most 2,000,000 km, not {mileage:,}. Check for extra digits.</translation>
    </message>
    <message>
        <source>里程请填整数公里，不要带小数，现在是“{text}”。</source>
        <translation>Enter the mileage in whole kilometres without decimals, not “{text}”.</translation>
    </message>
    <message>
        <source>重新打开须填写原因。</source>
        <translation>Enter a reason for reopening.</translation>
    </message>
    <message>
        <source>金额“{text}”不是数字：请只填写数字和小数点，如 1234.50。</source>
        <translation>The amount “{text}” is not a number: enter only digits and a decimal point, e.g. 1234.50.</translation>
    </message>
    <message>
        <source>金额“{text}”里的逗号位置不对：逗号只用来每三位分隔，如 1,234.50；小数点请用“.”。</source>
        <translation>The commas in the amount “{text}” are misplaced: commas only separate thousands, e.g. 1,234.50; use “.” for the decimal point.</translation>
    </message>
    <message>
        <source>金额不能是负数，现在是 {text}。</source>
        <translation>The amount cannot be negative ({text}).</translation>
    </message>
    <message>
        <source>金额太大：最多 99,999,999.99 元，现在是 {text}。请检查是否多输了位数。</source>
        <translation>The amount is too large: at most 99,999,999.99 yuan, not {text}. Check for extra digits.</translation>
    </message>
    <message>
        <source>金额最多到分（两位小数），“{text}”有{places}位小数。</source>
        <translation>Amounts go down to the fen (two decimal places); “{text}” has {places} decimal places.</translation>
    </message>
    <message>
        <source>钥匙数量应在 0 到 {limit} 之间。</source>
        <translation>The number of keys must be between 0 and {limit}.</translation>
    </message>
    <message>
        <source>闲置锁屏时间应在 0 到 240 分钟之间（0 表示不自动锁屏）。</source>
        <translation>The idle lock time must be between 0 and 240 minutes (0 means never lock automatically).</translation>
    </message>
    <message>
        <source>预约 {number} 当前为「{status}」，不能再修改。</source>
        <translation>Appointment {number} is “{status}” and can no longer be changed.</translation>
    </message>
    <message>
        <source>预约 {number} 当前为「{status}」，不能再开委托书。</source>
        <translation>Appointment {number} is “{status}”; a repair order can no longer be opened for it.</translation>
    </message>
    <message>
        <source>预约 {number} 当前为「{status}」，不能再接车。</source>
        <translation>Appointment {number} is “{status}”; the car can no longer be checked in for it.</translation>
    </message>
    <message>
        <source>预约 {number} 当前为「{status}」，不能取消。</source>
        <translation>Appointment {number} is “{status}” and cannot be cancelled.</translation>
    </message>
    <message>
        <source>预约 {number} 是另一辆车的。</source>
        <translation>Appointment {number} is for another vehicle.</translation>
    </message>
    <message>
        <source>预约 {number} 的时间 {time} 还没到，不能记为未到店。</source>
        <translation>Appointment {number} is at {time}, which has not come yet, so it cannot be marked as a no-show.</translation>
    </message>
    <message>
        <source>预约时段长度应在 5 到 60 分钟之间。</source>
        <translation>The appointment slot length must be between 5 and 60 minutes.</translation>
    </message>
    <message>
        <source>预约时间 {time} 不在营业时间 {open}–{close} 内。</source>
        <translation>The appointment time {time} is outside opening hours {open}–{close}.</translation>
    </message>
    <message>
        <source>预约时间 {time} 不是接待时段的开始。接待时段从 {open} 起每 {minutes} 分钟一个，请选择其中之一。</source>
        <translation>The appointment time {time} is not the start of a reception slot. Slots start every {minutes} minutes from {open}; choose one of them.</translation>
    </message>
    <message>
        <source>预约时间已经过去了，请选择以后的时间。</source>
        <translation>That appointment time has passed; please choose a later time.</translation>
    </message>
    <message>
        <source>预约来源只能是主动预约或被动预约。</source>
        <translation>The appointment source must be outbound or inbound.</translation>
    </message>
    <message>
        <source>预计交车时间与计算的 {computed} 不同，请填写改时原因。</source>
        <translation>The promised time differs from the calculated {computed}. Enter a reason for the change.</translation>
    </message>
    <message>
        <source>预计交车时间必须晚于现在。</source>
        <translation>The promised delivery time must be in the future.</translation>
    </message>
    <message>
        <source>预计工时 {hours} 小时太多了，请核对（最多 99 小时）。</source>
        <translation>An estimate of {hours} hours is too much; please check it (at most 99 hours).</translation>
    </message>
    <message>
        <source>预计工时不能为负数。</source>
        <translation>The estimated hours cannot be negative.</translation>
    </message>
    <message>
        <source>预计工时应为数字，如 1.5（小时），现在是“{text}”。</source>
        <translation>The estimated hours must be a number, e.g. 1.5 (hours), not “{text}”.</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <source>%1 项 · 已完工 %2 项 · 实际 %3 / 标准 %4 h</source>
        <translation>%1 jobs · %2 finished · actual %3 / standard %4 h</translation>
    </message>
    <message>
        <source>未打开委托书</source>
        <translation>No repair order open</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <source>再输一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>密码(&amp;P)（至少 %1 位）</source>
        <translation>&amp;Password (at least %1 characters)</translation>
    </message>
    <message>
        <source>建立账号并登录</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <source>服务经理姓名(&amp;N)</source>
        <translation>Service manager&apos;s &amp;name</translation>
    </message>
    <message>
        <source>欢迎使用 Desk。先设置服务经理的账号和密码：Desk 没有默认密码。服务经理登录后再为每位同事建立账号、给临时密码，同事第一次登录时改成自己的密码。</source>
        <translation>Welcome to Desk. First set the service manager&apos;s account and password: Desk has no default password. Once signed in, the service manager creates an account with a temporary password for each colleague, who changes it to their own password at first sign-in.</translation>
    </message>
    <message>
        <source>设置服务经理账号</source>
        <translation>Set up service manager account</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>%1 %2 接通</source>
        <translation>%1 %2: reached</translation>
    </message>
    <message>
        <source>%1 %2 未接通</source>
        <translation>%1 %2: not reached</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · 不满意</source>
        <translation>%1 · Dissatisfied</translation>
    </message>
    <message>
        <source>%1 · 已投诉</source>
        <translation>%1 · Complaint registered</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1（已逾期）</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1，您那天修过车以后，现在车的总体情况怎么样？</source>
        <translation>%1, how has the car been overall since it was serviced?</translation>
    </message>
    <message>
        <source>上次您说的“%1”，现在解决了吗？还有什么问题吗？</source>
        <translation>Last time you mentioned “%1”. Has that been fixed? Any other problems?</translation>
    </message>
    <message>
        <source>上次未接通，%1 以后再拨（换个时间更容易接通）。</source>
        <translation>Not reached last time; call again after %1 (a different time of day is more likely to reach them).</translation>
    </message>
    <message>
        <source>上次要处理的问题解决了吗？还有什么问题吗？</source>
        <translation>Has the problem you brought the car in for been fixed? Any other problems?</translation>
    </message>
    <message>
        <source>交车后第几天回访（2–5 天）；只有服务经理可以修改，只影响以后结算的委托书。</source>
        <translation>Which day after delivery to make the follow-up call (2–5 days). Only a service manager can change this; it only affects repair orders settled from now on.</translation>
    </message>
    <message>
        <source>交车的时间和当初约定的一样吗？</source>
        <translation>Was the car delivered at the time we agreed?</translation>
    </message>
    <message>
        <source>今日待回访</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>保存回访 (Ctrl+Enter)</source>
        <translation>Save call (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>只看我的(&amp;M)</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <source>回访员</source>
        <translation>Follow-up clerk</translation>
    </message>
    <message>
        <source>回访员(&amp;A)</source>
        <translation>Follow-up &amp;clerk</translation>
    </message>
    <message>
        <source>回访已保存。</source>
        <translation>Follow-up call saved.</translation>
    </message>
    <message>
        <source>回访日已改为交车后第 %1 天，以后结算的委托书按此安排。</source>
        <translation>Follow-up calls are now made on day %1 after delivery for repair orders settled from now on.</translation>
    </message>
    <message>
        <source>回访日：交车后第(&amp;D)</source>
        <translation>Follow-up after &amp;delivery:</translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation>Call script</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>委托书 %1 · 服务顾问 %2 · 交车 %3
应回访 %4（最迟 %5）· 客户方便时间：%6 · 状态：%7</source>
        <translation>Repair order %1 · Service advisor %2 · Delivered %3
Follow-up due %4 (latest %5) · Customer prefers: %6 · Status: %7</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户不满意：保存后可一步登记投诉。</source>
        <translation>Customer dissatisfied: after saving you can register a complaint in one step.</translation>
    </message>
    <message>
        <source>客户不满意：请登记投诉，跟进处理。</source>
        <translation>Customer dissatisfied: register a complaint and follow it up.</translation>
    </message>
    <message>
        <source>客户的原话：意见、建议或不满</source>
        <translation>The customer&apos;s own words: comments, suggestions or complaints</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已拨</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>已拨 %1 次：%2</source>
        <translation>Calls made (%1): %2</translation>
    </message>
    <message>
        <source>已改派给 %1。</source>
        <translation>Reassigned to %1.</translation>
    </message>
    <message>
        <source>已登记投诉 %1</source>
        <translation>Complaint %1 registered</translation>
    </message>
    <message>
        <source>已登记投诉 %1，请在投诉登记表里跟进处理。</source>
        <translation>Complaint %1 registered. Follow it up in the complaint register.</translation>
    </message>
    <message>
        <source>已解决(&amp;Y)</source>
        <translation>&amp;Yes, fixed</translation>
    </message>
    <message>
        <source>已记录未接通，第 %1 次。</source>
        <translation>Unanswered call recorded (attempt %1).</translation>
    </message>
    <message>
        <source>已连续 %1 次未接通，此回访已关闭为“无法联系”。</source>
        <translation>%1 unanswered calls in a row; this follow-up has been closed as “Unreachable”.</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>应回访</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>开场：“您好，请问是%1吗？我是%2售后服务部的回访员%3。感谢您%4来我们店维修保养，想耽误您两分钟，了解一下车辆的情况，现在方便吗？”</source>
        <translation>Opening: “Hello, is this %1? I&apos;m %3, follow-up clerk in the after-sales department at %2. Thank you for bringing your car in for service on %4. Could you spare two minutes to tell us how the car is doing? Is now a good time?”</translation>
    </message>
    <message>
        <source>总体评分</source>
        <translation>Overall rating</translation>
    </message>
    <message>
        <source>您还有什么意见或建议吗？</source>
        <translation>Do you have any other comments or suggestions?</translation>
    </message>
    <message>
        <source>您那天修过车以后，现在车的总体情况怎么样？</source>
        <translation>How has the car been overall since it was serviced?</translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation>Comments or suggestions</translation>
    </message>
    <message>
        <source>按时交车</source>
        <translation>Delivered on time</translation>
    </message>
    <message>
        <source>接待您的服务人员，您满意吗？</source>
        <translation>Were you satisfied with the staff who looked after you?</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>方便时间</source>
        <translation>Preferred time</translation>
    </message>
    <message>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>最迟 %1</source>
        <translation>Latest %1</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Service staff</translation>
    </message>
    <message>
        <source>服务顾问 %1 · 交车 %2</source>
        <translation>Service advisor %1 · Delivered %2</translation>
    </message>
    <message>
        <source>未接通(&amp;N)</source>
        <translation>&amp;Not reached</translation>
    </message>
    <message>
        <source>未接通的情况，如：无人接听、关机、占线</source>
        <translation>Why the call failed, e.g. no answer, phone off, line busy</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>未说明</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>本次维修：%1</source>
        <translation>This visit: %1</translation>
    </message>
    <message>
        <source>没有解决(&amp;O)</source>
        <translation>N&amp;o, not fixed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>电话备注</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <source>登记投诉…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <source>结束语：感谢您的宝贵意见，祝您用车愉快！</source>
        <translation>Closing: “Thank you for your feedback. Enjoy your car!”</translation>
    </message>
    <message>
        <source>结算时，每一项费用都给您解释清楚了吗？</source>
        <translation>When you paid, was every charge explained clearly to you?</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>联系上了(&amp;R)</source>
        <translation>&amp;Reached</translation>
    </message>
    <message>
        <source>评分：5 非常满意 · 4 满意 · 3 一般 · 2 不满意 · 1 非常不满意（数字键 1–5 打分）</source>
        <translation>Rating: 5 very satisfied · 4 satisfied · 3 neutral · 2 dissatisfied · 1 very dissatisfied (press 1–5 to rate)</translation>
    </message>
    <message>
        <source>请在左边选择一个回访</source>
        <translation>Select a follow-up call on the left</translation>
    </message>
    <message>
        <source>费用解释</source>
        <translation>Explanation of charges</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>还没有拨打过。</source>
        <translation>Not called yet.</translation>
    </message>
    <message>
        <source>这次维修保养的质量，您满意吗？</source>
        <translation>Were you satisfied with the quality of the service and repair work?</translation>
    </message>
    <message>
        <source>问题已解决</source>
        <translation>Issue resolved</translation>
    </message>
    <message>
        <source>问题没有解决</source>
        <translation>Issue not resolved</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>（未安排）</source>
        <translation>(Not scheduled)</translation>
    </message>
</context>
<context>
    <name>GateTab</name>
    <message>
        <source>%1
委托书 %2 · 出门证 %3 · %4 出厂</source>
        <translation>%1
Repair order %2 · Exit pass %3 · released %4</translation>
    </message>
    <message>
        <source>二维码无法读取时，手工输入出门证号，如 EP20261123-0001</source>
        <translation>If the QR code cannot be read, enter the exit pass number by hand, e.g. EP20261123-0001</translation>
    </message>
    <message numerus="yes">
        <source>今天已出厂 %n 辆</source>
        <translation>
            <numerusform>%n vehicle released today</numerusform>
            <numerusform>%n vehicles released today</numerusform>
        </translation>
    </message>
    <message>
        <source>出厂时间</source>
        <translation>Released at</translation>
    </message>
    <message>
        <source>出门证</source>
        <translation>Exit pass</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>手工输入(&amp;N)</source>
        <translation>E&amp;nter manually</translation>
    </message>
    <message>
        <source>扫描出门证(&amp;S)</source>
        <translation>&amp;Scan exit pass</translation>
    </message>
    <message>
        <source>扫描出门证上的二维码；放行或拒绝会显示在这里。</source>
        <translation>Scan the QR code on the exit pass; the release or refusal is shown here.</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>放行人</source>
        <translation>Released by</translation>
    </message>
    <message>
        <source>核验放行</source>
        <translation>Check and release</translation>
    </message>
    <message>
        <source>请扫码</source>
        <translation>Scan a pass</translation>
    </message>
    <message>
        <source>请用扫码枪扫描出门证上的二维码</source>
        <translation>Scan the QR code on the exit pass with the barcode scanner</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>换了部门或责任人时，处理经过里会记下转交给谁。</source>
        <translation>If you change the department or the person responsible, the handling steps will record who it was handed over to.</translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>责任人(&amp;P)</source>
        <translation>&amp;Person responsible</translation>
    </message>
    <message>
        <source>责任部门(&amp;B)</source>
        <translation>Responsible &amp;department</translation>
    </message>
    <message>
        <source>质量类</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>转交 %1</source>
        <translation>Hand over %1</translation>
    </message>
    <message>
        <source>非质量类</source>
        <translation>Non-quality</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(Not assigned)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>保存导入报告</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>保存报告…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>全部导入成功。</source>
        <translation>All rows imported.</translation>
    </message>
    <message>
        <source>共 %1 行：新增 %2，更新 %3，错误 %4 行</source>
        <translation>%1 rows: %2 new, %3 updated, %4 with errors</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>只导入正确的行</source>
        <translation>Import only valid rows</translation>
    </message>
    <message>
        <source>导入报告 — %1</source>
        <translation>Import report — %1</translation>
    </message>
    <message>
        <source>导入报告-%1.csv</source>
        <translation>import-report-%1.csv</translation>
    </message>
    <message>
        <source>已导入正确的 %1 行；下面 %2 行有错，没有导入。</source>
        <translation>Imported %1 valid rows; the %2 rows below have errors and were not imported.</translation>
    </message>
    <message>
        <source>文件里有错误的行，未导入任何数据。请改正文件后重新导入，或只导入正确的 %1 行。</source>
        <translation>The file has rows with errors; nothing was imported. Correct the file and import again, or import only the %1 valid rows.</translation>
    </message>
    <message>
        <source>文件里没有正确的行，未导入任何数据。请改正文件后重新导入。</source>
        <translation>The file has no valid rows; nothing was imported. Correct the file and import again.</translation>
    </message>
    <message>
        <source>无法保存报告 %1：%2</source>
        <translation>Cannot save report %1: %2</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source> · 委托书 %1</source>
        <translation> · repair order %1</translation>
    </message>
    <message>
        <source> · 旧版本</source>
        <translation> · old revision</translation>
    </message>
    <message>
        <source> 把</source>
        <translation> key(s)</translation>
    </message>
    <message>
        <source> 未签字</source>
        <translation> unsigned</translation>
    </message>
    <message>
        <source>%1 · 第 %2 版 · %3</source>
        <translation>%1 · revision %2 · %3</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>17 位，可用扫码枪扫描，回车查找</source>
        <translation>17 characters; scan with a barcode scanner, Enter to look up</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>上次 %1 公里</source>
        <translation>Last visit: %1 km</translation>
    </message>
    <message>
        <source>今日预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>从预约开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存客户和车辆</source>
        <translation>Save customer and vehicle</translation>
    </message>
    <message>
        <source>修订（新版本）</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>公里数</source>
        <translation>Kilometres</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>其余项目全部正常</source>
        <translation>All remaining items OK</translation>
    </message>
    <message>
        <source>凹陷</source>
        <translation>Dent</translation>
    </message>
    <message>
        <source>划痕</source>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>删除标记</source>
        <translation>Delete mark</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>删除物品</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>图片 (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>如 粤B·D12345，回车查找</source>
        <translation>e.g. 粤B·D12345, Enter to look up</translation>
    </message>
    <message>
        <source>客户和车辆已保存。</source>
        <translation>Customer and vehicle saved.</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>客户的原话，一行一项（回车换行，Tab 到下一项）</source>
        <translation>In the customer&apos;s words, one item per line (Enter for a new line, Tab to move on)</translation>
    </message>
    <message>
        <source>客户签字</source>
        <translation>Customer signature</translation>
    </message>
    <message>
        <source>客户签字确认</source>
        <translation>Confirm signature</translation>
    </message>
    <message>
        <source>已当场交还客户</source>
        <translation>Returned to customer on the spot</translation>
    </message>
    <message>
        <source>已找到：%1 %2</source>
        <translation>Found: %1 %2</translation>
    </message>
    <message>
        <source>已签字 %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <source>开始环车检查</source>
        <translation>Start walk-around</translation>
    </message>
    <message>
        <source>开委托书</source>
        <translation>Open repair order</translation>
    </message>
    <message>
        <source>待客户签字</source>
        <translation>Awaiting customer signature</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>打印接车登记表</source>
        <translation>Print sheet</translation>
    </message>
    <message>
        <source>打印草稿</source>
        <translation>Print draft</translation>
    </message>
    <message>
        <source>掉漆</source>
        <translation>Paint chip</translation>
    </message>
    <message>
        <source>接车信息</source>
        <translation>Check-in details</translation>
    </message>
    <message>
        <source>接车登记表 %1</source>
        <translation>Check-in sheet %1</translation>
    </message>
    <message>
        <source>接车登记表（草稿）%1</source>
        <translation>Check-in sheet (draft) %1</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Customer concern</translation>
    </message>
    <message>
        <source>新客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>未查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>未选中标记</source>
        <translation>No mark selected</translation>
    </message>
    <message>
        <source>标记 %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>标记类型：</source>
        <translation>Mark type:</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>没有找到这辆车，请登记客户和车辆后保存。</source>
        <translation>Vehicle not found. Enter the customer and vehicle, then save.</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>添加物品</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>点击车身放置标记；拖动可移动；选中后按 Delete 删除。</source>
        <translation>Click to place a mark; drag to move; select and press Delete to remove.</translation>
    </message>
    <message>
        <source>燃油</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>环车检查项目</source>
        <translation>Walk-around checklist</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>经客户同意留车保管</source>
        <translation>Kept in car, customer agreed</translation>
    </message>
    <message>
        <source>裂纹</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>说明，如 左前门划痕约 10 cm</source>
        <translation>Note, e.g. scratch on left front door, about 10 cm</translation>
    </message>
    <message>
        <source>请先找到或登记车辆，再开始环车检查。</source>
        <translation>Find or register the vehicle before starting the walk-around.</translation>
    </message>
    <message>
        <source>请客户先在签字板上签字。</source>
        <translation>Have the customer sign on the signature pad first.</translation>
    </message>
    <message>
        <source>请客户在此签字确认</source>
        <translation>Customer, please sign here</translation>
    </message>
    <message>
        <source>贵重物品</source>
        <translation>Valuables</translation>
    </message>
    <message>
        <source>车内贵重物品</source>
        <translation>Valuables in the car</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车架号 (VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>车身外观（损伤标记）</source>
        <translation>Body (damage marks)</translation>
    </message>
    <message>
        <source>车辆与客户</source>
        <translation>Vehicle and customer</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>选中标记后可添加照片（JPEG、PNG 等）</source>
        <translation>Select a mark to add photos (JPEG, PNG, etc.)</translation>
    </message>
    <message>
        <source>选择今日预约，或找到车辆后点“开始环车检查”。</source>
        <translation>Choose one of today&apos;s appointments, or find the vehicle and click “Start walk-around”.</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>里程比上次少时必填，如 更换过仪表</source>
        <translation>Required if lower than last time, e.g. instrument cluster replaced</translation>
    </message>
    <message>
        <source>里程说明</source>
        <translation>Mileage note</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>问题说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>首保</source>
        <translation>First service</translation>
    </message>
    <message>
        <source>首次保养：需举升车辆，简易检查底盘</source>
        <translation>First service: lift the car and give the underbody a quick check</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（直接到店，不用预约）</source>
        <translation>(walk-in, no appointment)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>IntakeDetailsBox</name>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>保存约定</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <source>同意增项来电</source>
        <translation>Call about additional work</translation>
    </message>
    <message>
        <source>客户手机</source>
        <translation>Customer mobile</translation>
    </message>
    <message>
        <source>接车约定</source>
        <translation>Check-in agreement</translation>
    </message>
    <message>
        <source>旧件</source>
        <translation>Old parts</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>来电号码</source>
        <translation>Phone number to call</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>上次 %1 公里</source>
        <translation>Last visit: %1 km</translation>
    </message>
    <message>
        <source>为 %1 登记新车</source>
        <translation>Register a new vehicle for %1</translation>
    </message>
    <message>
        <source>为该客户添加另一辆车</source>
        <translation>Add another vehicle for this customer</translation>
    </message>
    <message>
        <source>保存客户和车辆</source>
        <translation>Save customer and vehicle</translation>
    </message>
    <message>
        <source>修改后保存即可更正资料</source>
        <translation>Edit and save to correct the details</translation>
    </message>
    <message>
        <source>公里数</source>
        <translation>Kilometres</translation>
    </message>
    <message>
        <source>到店开单</source>
        <translation>Check-in: open repair order</translation>
    </message>
    <message>
        <source>如 3 万公里保养、刹车异响</source>
        <translation>e.g. 30,000 km service, brake noise</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户与车辆</source>
        <translation>Customer and vehicle</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>客户生日</source>
        <translation>Customer birthday</translation>
    </message>
    <message>
        <source>客户的原话，一行一项</source>
        <translation>In the customer&apos;s words, one item per line</translation>
    </message>
    <message>
        <source>已预约 %1：%2</source>
        <translation>Booked %1: %2</translation>
    </message>
    <message>
        <source>开委托书 (Ctrl+Enter)</source>
        <translation>Open repair order (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 条</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>搜索：车牌、手机号、车架号或姓名的一部分 (Ctrl+F)</source>
        <translation>Search: part of a plate, mobile number, VIN or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Customer concern</translation>
    </message>
    <message>
        <source>新客户 (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>新客户：填写后保存</source>
        <translation>New customer: fill in and save</translation>
    </message>
    <message>
        <source>无预约（直接到店）</source>
        <translation>No appointment (walk-in)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>请先搜索或登记车辆，再开委托书。</source>
        <translation>Find or register the vehicle before opening a repair order.</translation>
    </message>
    <message>
        <source>请至少输入两个字母或数字</source>
        <translation>Type at least two letters or digits</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车架号 (VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>里程比上次少时必填，如 更换过仪表</source>
        <translation>Required if lower than last time, e.g. instrument cluster replaced</translation>
    </message>
    <message>
        <source>里程说明</source>
        <translation>Mileage note</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>预约项目</source>
        <translation>Requested work</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised delivery</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>实际工时</source>
        <translation>Actual hours</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour operation</translation>
    </message>
    <message>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>暂停：%1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>未派工</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <source>标准工时</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised time</translation>
    </message>
</context>
<context>
    <name>JobsBox</name>
    <message>
        <source>%1 · %2 · 标准 %3 h</source>
        <translation>%1 · %2 · standard %3 h</translation>
    </message>
    <message>
        <source>完工 (F9)</source>
        <translation>Finish (F9)</translation>
    </message>
    <message>
        <source>开工 (F6)</source>
        <translation>Start (F6)</translation>
    </message>
    <message>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>暂停… (F7)</source>
        <translation>Pause… (F7)</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>继续 (F8)</source>
        <translation>Resume (F8)</translation>
    </message>
    <message>
        <source>请选择一个工时项目</source>
        <translation>Select a labour operation</translation>
    </message>
    <message>
        <source>（暂不指定）</source>
        <translation>(Not assigned yet)</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>%1 件/百单</source>
        <translation>%1 per 100 orders</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1　%2 至 %3</source>
        <translation>%1: %2 to %3</translation>
    </message>
    <message>
        <source>%1目标 %2%</source>
        <translation>%1 target %2%</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>全店</source>
        <translation>Whole dealership</translation>
    </message>
    <message>
        <source>准时交车率与客户满意率（按服务顾问）</source>
        <translation>On-time delivery and customer satisfaction (by service advisor)</translation>
    </message>
    <message>
        <source>到(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>接车台次（按服务顾问）</source>
        <translation>Vehicles received (by service advisor)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>服务顾问(&amp;A)</source>
        <translation>Service &amp;advisor</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>目标 %1 %2</source>
        <translation>Target %1 %2</translation>
    </message>
    <message>
        <source>考核目标…</source>
        <translation>KPI targets…</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>KpiTargetsDialog</name>
    <message>
        <source>%，低于此数为达标</source>
        <translation>%; met if below this</translation>
    </message>
    <message>
        <source>%，达到此数为达标</source>
        <translation>%; met at this or above</translation>
    </message>
    <message>
        <source>件/百单，低于此数为达标</source>
        <translation>per 100 orders; met if below this</translation>
    </message>
    <message>
        <source>考核目标</source>
        <translation>KPI targets</translation>
    </message>
</context>
<context>
    <name>LabourDialog</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 0.5</source>
        <translation>e.g. 0.5</translation>
    </message>
    <message>
        <source>如 BY-01，字母、数字和 - . _ /</source>
        <translation>e.g. BY-01; letters, digits and - . _ /</translation>
    </message>
    <message>
        <source>如 更换机油机滤</source>
        <translation>e.g. Change oil and oil filter</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Labour hours</translation>
    </message>
    <message>
        <source>工时代码</source>
        <translation>Labour code</translation>
    </message>
    <message>
        <source>新增工时项目</source>
        <translation>New labour operation</translation>
    </message>
    <message>
        <source>机电、钣金、喷漆…（可不填）</source>
        <translation>Mechanical, body, paint… (optional)</translation>
    </message>
    <message>
        <source>标准工时（小时）</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>班组或工种</source>
        <translation>Team or trade</translation>
    </message>
    <message>
        <source>编辑工时项目</source>
        <translation>Edit labour operation</translation>
    </message>
</context>
<context>
    <name>LabourPage</name>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>工时代码</source>
        <translation>Labour code</translation>
    </message>
    <message>
        <source>标准工时</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>班组或工种</source>
        <translation>Team or trade</translation>
    </message>
    <message>
        <source>输入工时代码开头或名称的一部分，如 BY 或 机油</source>
        <translation>Type the start of a labour code or part of a name, e.g. BY or oil</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <source>折扣%</source>
        <translation>Discount %</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>不再在开单时提供这一条；以后可以再启用</source>
        <translation>Stop offering this entry when creating orders; you can reactivate it later</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>停用 %1？停用后开单时搜不到它，已开的委托书不受影响；以后可以再启用。</source>
        <translation>Deactivate %1? It will no longer be found when creating orders; existing repair orders are not affected. You can reactivate it later.</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>共 %1 条，显示前 %2 条</source>
        <translation>%1 entries, showing the first %2</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除 %1？删除后不能恢复。</source>
        <translation>Delete %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>删除这条录错的、还没用过的条目</source>
        <translation>Delete this entry, entered by mistake and not yet used</translation>
    </message>
    <message>
        <source>只有还没用在委托书或套餐里的条目可以删除（如录错的）</source>
        <translation>Only entries not yet used in a repair order or package can be deleted (e.g. entered by mistake)</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>导入 CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>已用在 %1 条委托书明细、%2 个套餐里，不能删除；可以停用</source>
        <translation>Used in %1 repair order lines and %2 packages; cannot be deleted, but can be deactivated</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>新增一条（Ctrl+N）</source>
        <translation>Add an entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>更多…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>编辑选中的一条（Enter 或双击）</source>
        <translation>Edit the selected entry (Enter or double-click)</translation>
    </message>
    <message>
        <source>重新在开单时提供这一条</source>
        <translation>Offer this entry again when creating orders</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>%1 已离开。输入密码继续，或换人登录。</source>
        <translation>%1 has stepped away. Enter the password to continue, or sign in as someone else.</translation>
    </message>
    <message>
        <source>Desk 已锁定</source>
        <translation>Desk is locked</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk %1
4S 店售后服务前台系统</source>
        <translation>Desk %1
Service reception for car dealerships</translation>
    </message>
    <message>
        <source>Desk 售后服务前台</source>
        <translation>Desk Service Reception</translation>
    </message>
    <message>
        <source>Desk 售后服务前台 — %1</source>
        <translation>Desk Service Reception — %1</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>关于 Desk</source>
        <translation>About Desk</translation>
    </message>
    <message>
        <source>切换用户 (Ctrl+L)</source>
        <translation>Switch user (Ctrl+L)</translation>
    </message>
    <message>
        <source>员工账号…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up calls</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>客户关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>导出客户资料…</source>
        <translation>Export customer data…</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>当前：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>打印设置…</source>
        <translation>Print settings…</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>本店信息…</source>
        <translation>Dealership details…</translation>
    </message>
    <message>
        <source>派工与工时</source>
        <translation>Dispatch and labour</translation>
    </message>
    <message>
        <source>环车检查</source>
        <translation>Walk-around</translation>
    </message>
    <message>
        <source>目录管理…</source>
        <translation>Catalogues…</translation>
    </message>
    <message>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>结算</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>质检与交车</source>
        <translation>Quality check and delivery</translation>
    </message>
    <message>
        <source>车间派工</source>
        <translation>Workshop dispatch</translation>
    </message>
    <message>
        <source>转到</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>追加项目</source>
        <translation>Additional work</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>锁屏 / 切换用户</source>
        <translation>Lock / switch user</translation>
    </message>
    <message>
        <source>门卫</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>“%1”的%2</source>
        <translation>%2 of “%1”</translation>
    </message>
    <message>
        <source>付费类型</source>
        <translation>Pay type</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>任务委托书 %1</source>
        <translation>Repair order %1</translation>
    </message>
    <message>
        <source>保养套餐</source>
        <translation>Service package</translation>
    </message>
    <message>
        <source>保存描述和交车时间</source>
        <translation>Save concern and delivery time</translation>
    </message>
    <message>
        <source>删除“%1”这一行吗？</source>
        <translation>Delete the line “%1”?</translation>
    </message>
    <message>
        <source>删除所选行 (Del)</source>
        <translation>Delete selected line (Del)</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>单价（默认）</source>
        <translation>Rate (default)</translation>
    </message>
    <message>
        <source>去结算</source>
        <translation>Go to settlement</translation>
    </message>
    <message>
        <source>取消原因（必填）：</source>
        <translation>Reason for cancelling (required):</translation>
    </message>
    <message>
        <source>取消委托书</source>
        <translation>Cancel repair order</translation>
    </message>
    <message>
        <source>取消委托书…</source>
        <translation>Cancel repair order…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>备件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>备件费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>大写</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>委托书号，如 RO20261123-0001</source>
        <translation>Repair order no., e.g. RO20261123-0001</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户与车辆</source>
        <translation>Customer and vehicle</translation>
    </message>
    <message>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>客户联另存为 PDF…</source>
        <translation>Save customer copy as PDF…</translation>
    </message>
    <message>
        <source>客户联：预览/打印 (Ctrl+P)</source>
        <translation>Customer copy: preview/print (Ctrl+P)</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>工时项目名称</source>
        <translation>Labour operation</translation>
    </message>
    <message>
        <source>已告知客户</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>库存不足：%1 %2 需要 %3，库存只有 %4。</source>
        <translation>Not enough stock: %1 %2 needs %3, only %4 on hand.</translation>
    </message>
    <message>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>打印委托书</source>
        <translation>Print repair order</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>折扣%</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>折扣优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>改为「%1」</source>
        <translation>Change to “%1”</translation>
    </message>
    <message>
        <source>改时原因</source>
        <translation>Reason for time change</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Customer concern</translation>
    </message>
    <message>
        <source>故障描述与交车时间</source>
        <translation>Concern and delivery time</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>无（直接到店）</source>
        <translation>None (walk-in)</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>未打开委托书</source>
        <translation>No repair order open</translation>
    </message>
    <message>
        <source>添加备件</source>
        <translation>Add part</translation>
    </message>
    <message>
        <source>添加套餐</source>
        <translation>Add service package</translation>
    </message>
    <message>
        <source>添加工时</source>
        <translation>Add labour</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状态记录</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>维修项目</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>费用估算</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车间联（派工单）：预览/打印</source>
        <translation>Workshop copy (dispatch sheet): preview/print</translation>
    </message>
    <message>
        <source>返修：%1</source>
        <translation>Repeat repair: %1</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>预约号</source>
        <translation>Appointment no.</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised delivery</translation>
    </message>
    <message>
        <source>预计交车时间与计算时间不同，请填写改时原因。</source>
        <translation>The promised time differs from the calculated time. Enter a reason for the change.</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>个月 或</source>
        <translation>months or</translation>
    </message>
    <message>
        <source>保养间隔</source>
        <translation>Service interval</translation>
    </message>
    <message>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <source>公里，可不填</source>
        <translation>km, optional</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>套餐代码</source>
        <translation>Package code</translation>
    </message>
    <message>
        <source>如 1 万公里保养</source>
        <translation>e.g. 10,000 km service</translation>
    </message>
    <message>
        <source>如 BY-10K</source>
        <translation>e.g. BY-10K</translation>
    </message>
    <message>
        <source>如 帕萨特；空 = 所有车型</source>
        <translation>e.g. Passat; empty = all models</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour operations</translation>
    </message>
    <message>
        <source>新增保养套餐</source>
        <translation>New service package</translation>
    </message>
    <message>
        <source>月，可不填</source>
        <translation>months, optional</translation>
    </message>
    <message>
        <source>编辑保养套餐</source>
        <translation>Edit service package</translation>
    </message>
    <message>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>间隔公里</source>
        <translation>Interval (km)</translation>
    </message>
    <message>
        <source>间隔月数</source>
        <translation>Interval (months)</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 个月</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1 公里</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>套餐代码</source>
        <translation>Package code</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>Labour operations</translation>
    </message>
    <message>
        <source>所有车型</source>
        <translation>All models</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>输入套餐代码开头、名称或车型的一部分，如 首保 或 帕萨特</source>
        <translation>Type the start of a package code, or part of a name or model, e.g. first service or Passat</translation>
    </message>
    <message>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>个</source>
        <translation>pc</translation>
    </message>
    <message>
        <source>个、升、套…</source>
        <translation>pc, L, set…</translation>
    </message>
    <message>
        <source>元，如 68.50</source>
        <translation>yuan, e.g. 68.50</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>备件号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>如 06L115562B</source>
        <translation>e.g. 06L115562B</translation>
    </message>
    <message>
        <source>如 10 或 4.5</source>
        <translation>e.g. 10 or 4.5</translation>
    </message>
    <message>
        <source>如 A-01-02（可不填）</source>
        <translation>e.g. A-01-02 (optional)</translation>
    </message>
    <message>
        <source>如 机油滤清器</source>
        <translation>e.g. oil filter</translation>
    </message>
    <message>
        <source>库位</source>
        <translation>Bin location</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>新增备件</source>
        <translation>New part</translation>
    </message>
    <message>
        <source>编辑备件</source>
        <translation>Edit part</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>备件号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>库位</source>
        <translation>Bin location</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>输入备件号开头或名称的一部分，如 06L 或 滤清器</source>
        <translation>Type the start of a part number or part of a name, e.g. 06L or filter</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>临时密码(&amp;P)</source>
        <translation>Temporary &amp;password</translation>
    </message>
    <message>
        <source>再输一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>这是临时密码：%1 下次登录时须改成自己的密码。</source>
        <translation>Temporary password: %1 — it must be changed to a personal password at the next sign-in.</translation>
    </message>
    <message>
        <source>重置 %1 的密码</source>
        <translation>Reset password for %1</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>可选；原因为「其他」时必填</source>
        <translation>Optional; required if the reason is “Other”</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>暂停「%1」</source>
        <translation>Pause “%1”</translation>
    </message>
    <message>
        <source>暂停施工</source>
        <translation>Pause work</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>另存为 PDF…(Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>打印…(Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>打印机没有接受这份文件，请检查打印机。</source>
        <translation>The printer did not accept the document. Please check the printer.</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <source>80 mm 小票</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>出门证有效时长</source>
        <translation>Exit pass valid for</translation>
    </message>
    <message>
        <source>出门证纸张</source>
        <translation>Exit pass paper</translation>
    </message>
    <message>
        <source>打印设置</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>本机打印机在 %1 的 [printers] 中设置（未设置的单据用系统默认打印机）：
%2</source>
        <translation>Printers for this computer are set in the [printers] section of %1 (documents without one use the system default printer):
%2</translation>
    </message>
    <message>
        <source>结算单纸张</source>
        <translation>Settlement paper</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>ProgressCheckDialog</name>
    <message>
        <source>会延误（&amp;L）</source>
        <translation>Will be &amp;late</translation>
    </message>
    <message>
        <source>原定交车</source>
        <translation>Original promised time</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>已告知客户新的交车时间</source>
        <translation>Customer informed of the new promised time</translation>
    </message>
    <message>
        <source>按时完成（&amp;O）</source>
        <translation>&amp;On time</translation>
    </message>
    <message>
        <source>新的预计交车</source>
        <translation>New promised time</translation>
    </message>
    <message>
        <source>未约定</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>车间怎么说，如：等备件，下午两点到货</source>
        <translation>What the workshop says, e.g. waiting for parts, arriving at 2 pm</translation>
    </message>
    <message>
        <source>进度检查 %1</source>
        <translation>Progress check %1</translation>
    </message>
</context>
<context>
    <name>ProgressChecksStrip</name>
    <message>
        <source>交车时间已改，需再次检查</source>
        <translation>Promised time changed; check again</translation>
    </message>
    <message>
        <source>到了预计工期 70% 还没有问过车间的委托书（Ctrl+J 展开/收起）</source>
        <translation>Repair orders at 70% of the planned time with no progress check yet (Ctrl+J to expand/collapse)</translation>
    </message>
    <message>
        <source>到预计工期 70% 时向车间询问进度；延误要告知客户。</source>
        <translation>At 70% of the planned time, ask the workshop about progress; tell the customer about any delay.</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>已用工期</source>
        <translation>Time used</translation>
    </message>
    <message>
        <source>待进度检查 %1</source>
        <translation>Progress checks due %1</translation>
    </message>
    <message>
        <source>打开委托书</source>
        <translation>Open repair order</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>记录检查…</source>
        <translation>Record check…</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised time</translation>
    </message>
</context>
<context>
    <name>PromiseEditor</name>
    <message>
        <source>%1 %2：%3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>变更记录（%1）</source>
        <translation>Change history (%1)</translation>
    </message>
    <message>
        <source>已告知客户</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>按计算时间</source>
        <translation>Use calculated time</translation>
    </message>
    <message>
        <source>改时原因（与计算时间不同，必填）</source>
        <translation>Reason for change (required, differs from calculated time)</translation>
    </message>
    <message>
        <source>改时原因（选填）</source>
        <translation>Reason for change (optional)</translation>
    </message>
    <message>
        <source>计算：%1（%2）</source>
        <translation>Calculated: %1 (%2)</translation>
    </message>
    <message>
        <source>（计算 %1）</source>
        <translation>(calculated %1)</translation>
    </message>
    <message>
        <source>，原因：%1</source>
        <translation>, reason: %1</translation>
    </message>
    <message>
        <source>，已告知客户</source>
        <translation>, customer informed</translation>
    </message>
</context>
<context>
    <name>QualityCheckDialog</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>不合格时必填：哪里不合格、返修要做什么</source>
        <translation>Required if failed: what failed and what the repeat repair must do</translation>
    </message>
    <message>
        <source>不合格，返修（&amp;F）</source>
        <translation>&amp;Fail, repeat repair</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>合格（&amp;P）</source>
        <translation>&amp;Pass</translation>
    </message>
    <message>
        <source>尚未派给技师</source>
        <translation>Not yet assigned to a technician</translation>
    </message>
    <message>
        <source>本单维修技师：%1（不能检查自己做的活）</source>
        <translation>Technician on this order: %1 (you cannot check your own work)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>记录质检</source>
        <translation>Record quality check</translation>
    </message>
    <message>
        <source>质检 %1</source>
        <translation>Quality check %1</translation>
    </message>
    <message>
        <source>质检不合格：把 %1 退回「维修中」返修吗？返修后须重新质检。</source>
        <translation>Quality check failed: send %1 back to “In repair” for repeat repair? It must be quality-checked again after the repair.</translation>
    </message>
    <message>
        <source>质检员</source>
        <translation>Inspector</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保存单价</source>
        <translation>Save rates</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>元/小时，如 180</source>
        <translation>Yuan/hour, e.g. 180</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>每小时的工时单价（元），按付费类型。保修、保险、内部留空时按自费单价计算。新加的工时项目按这里的单价计价；已开的委托书明细不变。</source>
        <translation>Labour rate per hour (yuan), by pay type. If Warranty, Insurance or Internal is left empty, the Customer rate is used. New labour operations are priced at these rates; lines on repair orders already opened do not change.</translation>
    </message>
    <message>
        <source>空 = 按自费单价</source>
        <translation>Empty = Customer rate</translation>
    </message>
    <message>
        <source>自费</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>自费（客户）</source>
        <translation>Customer (self-pay)</translation>
    </message>
</context>
<context>
    <name>RecommendationsBox</name>
    <message>
        <source>上次客户未做的建议项目（%1 项）：请向客户再次说明</source>
        <translation>Recommendations the customer declined last time (%1): explain them to the customer again</translation>
    </message>
    <message>
        <source>加入本单</source>
        <translation>Add to this order</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>建议项目</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>把建议项目“%1”（%2）加入委托书 %3 吗？按本次的工时单价和备件价格计算。</source>
        <translation>Add recommendation “%1” (%2) to repair order %3? Current labour rates and parts prices apply.</translation>
    </message>
    <message>
        <source>把所选建议项目的工时和备件加入当前委托书（按本次价格）</source>
        <translation>Add the labour and parts of the selected recommendation to the current repair order (at current prices)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>保存并等待客户确认 (Ctrl+S)</source>
        <translation>Save and wait for customer approval (Ctrl+S)</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <source>加备件</source>
        <translation>Add part</translation>
    </message>
    <message>
        <source>加工时</source>
        <translation>Add labour</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>发现的问题及建议</source>
        <translation>Findings and recommendations</translation>
    </message>
    <message>
        <source>发现的问题和建议的维修，如：前刹车片剩余 2 mm，建议更换</source>
        <translation>Problems found and recommended repairs, e.g. front brake pads 2 mm left, replacement recommended</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>合计 %1 · 工时 %2 小时</source>
        <translation>Total %1 · Labour %2 h</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>备件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>备件名称（输入备件号或名称的一部分查目录）</source>
        <translation>Part name (type part of a part number or name to search the catalogue)</translation>
    </message>
    <message>
        <source>客户不接受增项来电：登记后请当面向客户说明并确认。</source>
        <translation>Customer does not accept calls about additional work: after recording, explain it to the customer in person and get their approval.</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>工时/数量</source>
        <translation>Hours/qty</translation>
    </message>
    <message>
        <source>工时项目（输入代码或名称的一部分查目录）</source>
        <translation>Labour operation (type part of a code or name to search the catalogue)</translation>
    </message>
    <message>
        <source>建议的工时和备件</source>
        <translation>Recommended labour and parts</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>登记追加项目 · %1</source>
        <translation>Record additional work · %1</translation>
    </message>
    <message>
        <source>移除所选照片</source>
        <translation>Remove selected photos</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>还有一行没有加入：请先点「加工时」或「加备件」，或清空那一行。</source>
        <translation>One line has not been added yet: click “Add labour” or “Add part” first, or clear that line.</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>需增加时间（小时）</source>
        <translation>Extra time needed (hours)</translation>
    </message>
    <message>
        <source>项目/备件</source>
        <translation>Operation/part</translation>
    </message>
    <message>
        <source>默认为工时合计</source>
        <translation>Defaults to total labour hours</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>%1（%2 开单）</source>
        <translation>%1 (opened %2)</translation>
    </message>
    <message>
        <source>委托书(&amp;O)</source>
        <translation>Repair &amp;order</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户与车辆</source>
        <translation>Customer and vehicle</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>投诉内容(&amp;D)</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>按客户的原话记录：什么问题、什么时候、客户要求什么</source>
        <translation>In the customer&apos;s own words: what the problem is, when it happened, what the customer wants</translation>
    </message>
    <message>
        <source>未选择客户</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>未选择客户：先查找并选中一行</source>
        <translation>No customer selected: search and select a row first</translation>
    </message>
    <message>
        <source>来源(&amp;S)</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>查找客户(&amp;F)</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>登记(Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>请先查找并选中投诉的客户（按车牌、手机号或姓名）。</source>
        <translation>First find and select the customer who is complaining (by plate, mobile number or name).</translation>
    </message>
    <message>
        <source>责任人(&amp;R)</source>
        <translation>&amp;Responsible person</translation>
    </message>
    <message>
        <source>责任部门(&amp;B)</source>
        <translation>Responsi&amp;ble department</translation>
    </message>
    <message>
        <source>质量类</source>
        <translation>quality</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车牌、手机号或姓名的一部分，回车查找</source>
        <translation>Part of the plate, mobile number or name; press Enter to search</translation>
    </message>
    <message>
        <source>非质量类</source>
        <translation>non-quality</translation>
    </message>
    <message>
        <source>（不涉及具体委托书）</source>
        <translation>(no specific repair order)</translation>
    </message>
    <message>
        <source>（暂不指定）</source>
        <translation>(not assigned yet)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation>%1 %2 · %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · 上次建议：%5 %6</source>
        <translation>%1 %2 · %3 %4 · Recommended last time: %5 %6</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · 保养到期 %5（%6）</source>
        <translation>%1 %2 · %3 %4 · Service due %5 (%6)</translation>
    </message>
    <message>
        <source>%1 周年</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 岁</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>%1（默认）</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>上次电话</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>上次进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>上次里程</source>
        <translation>Last mileage</translation>
    </message>
    <message>
        <source>下次保养 %1 或 %2 km，先到者为准；按日均 %3 km，约 %4 达到该里程</source>
        <translation>Next service on %1 or at %2 km, whichever comes first; at %3 km a day, that mileage is reached around %4</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>今年已问候</source>
        <translation>Greeted this year</translation>
    </message>
    <message>
        <source>今日关怀</source>
        <translation>Today&apos;s customer care</translation>
    </message>
    <message>
        <source>估计现在</source>
        <translation>Estimated now</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Maintenance reminders</translation>
    </message>
    <message>
        <source>共 %1 位，待问候 %2 位</source>
        <translation>%1 customers, %2 to greet</translation>
    </message>
    <message>
        <source>共 %1 辆，其中逾期 %2 辆</source>
        <translation>%1 vehicles, %2 overdue</translation>
    </message>
    <message>
        <source>共 %1 项，合计 %2</source>
        <translation>%1 items, total %2</translation>
    </message>
    <message>
        <source>内到期（含逾期 %1 天内）</source>
        <translation>(including up to %1 days overdue)</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Due in</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户上次没做的建议项目，车不在店、也没有预约</source>
        <translation>Recommended work the customer declined last time, for vehicles not in the workshop and without an appointment</translation>
    </message>
    <message>
        <source>客户怎么说，如 下周出差回来再约；客户不需要时写明原因</source>
        <translation>What the customer said, e.g. will book after a business trip next week; if not needed, give the reason</translation>
    </message>
    <message>
        <source>岁 / 周年</source>
        <translation>Age / years</translation>
    </message>
    <message>
        <source>已记录：%1 %2</source>
        <translation>Recorded: %1 %2</translation>
    </message>
    <message>
        <source>已过 %1 天</source>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>已预约 %1：%2，%3，%4</source>
        <translation>Booked %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>建议项目</source>
        <translation>Recommended work</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>按里程</source>
        <translation>By mileage</translation>
    </message>
    <message>
        <source>日均</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>日期(&amp;T)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>服务顾问(&amp;V)</source>
        <translation>Service ad&amp;visor</translation>
    </message>
    <message>
        <source>未做建议项目</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <source>未打</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>未来(&amp;A)</source>
        <translation>Due in the &amp;next</translation>
    </message>
    <message>
        <source>正在查找到期车辆…</source>
        <translation>Finding the cars due…</translation>
    </message>
    <message>
        <source>电话结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>的客户生日和购车周年</source>
        <translation>– customer birthdays and purchase anniversaries</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>结果(&amp;R)</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>请先在保养提醒或未做建议项目中选择要预约的车辆。</source>
        <translation>First select the vehicle to book under Maintenance reminders or Declined work.</translation>
    </message>
    <message>
        <source>请先在列表中选择要记录的客户。</source>
        <translation>First select the customer in the list.</translation>
    </message>
    <message>
        <source>请在上面的列表中选择一位客户。</source>
        <translation>Select a customer in the list above.</translation>
    </message>
    <message>
        <source>请选择预约时段。</source>
        <translation>Choose a time slot.</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>%1 d left</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>预约到店 (Ctrl+Enter)</source>
        <translation>Book visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>预约到店（主动预约）</source>
        <translation>Book a visit (proactive appointment)</translation>
    </message>
    <message>
        <source>预约项目，不填则按提醒原因</source>
        <translation>Work to book; leave blank to use the reminder reason</translation>
    </message>
    <message>
        <source>（已约 %1）</source>
        <translation> (booked: %1)</translation>
    </message>
    <message>
        <source>（缓冲）</source>
        <translation> (buffer)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>交易流水号</source>
        <translation>Transaction ref.</translation>
    </message>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>付费方</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>优惠与保险</source>
        <translation>Discounts and insurance</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurance company</translation>
    </message>
    <message>
        <source>保险公司报案号/理赔号</source>
        <translation>Insurance claim/report number</translation>
    </message>
    <message>
        <source>出门证</source>
        <translation>Exit pass</translation>
    </message>
    <message>
        <source>出门证 %1</source>
        <translation>Exit pass %1</translation>
    </message>
    <message>
        <source>出门证 %1，有效至 %2</source>
        <translation>Exit pass %1, valid until %2</translation>
    </message>
    <message>
        <source>加入收款</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>合计 %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Follow-up call time</translation>
    </message>
    <message>
        <source>多收了 %1，请更正</source>
        <translation>Overpaid by %1, please correct</translation>
    </message>
    <message>
        <source>大写：%1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户付现金（找零用）</source>
        <translation>Cash from customer (for change)</translation>
    </message>
    <message>
        <source>客户付的现金不够，还差 %1</source>
        <translation>The customer&apos;s cash is not enough; %1 still missing</translation>
    </message>
    <message>
        <source>客户尚未在签字板上签字。</source>
        <translation>The customer has not signed on the signature pad yet.</translation>
    </message>
    <message>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>客户签字</source>
        <translation>Customer signature</translation>
    </message>
    <message>
        <source>客户自费</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>已收齐</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <source>开具并打印出门证…</source>
        <translation>Issue and print exit pass…</translation>
    </message>
    <message>
        <source>待结算与今日已结算</source>
        <translation>To settle and settled today</translation>
    </message>
    <message>
        <source>您的折扣权限：最多 %1</source>
        <translation>Your discount limit: at most %1</translation>
    </message>
    <message>
        <source>或</source>
        <translation>or</translation>
    </message>
    <message>
        <source>批准人（服务经理）</source>
        <translation>Approved by (service manager)</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>找零 %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>抹零 −%1</source>
        <translation>Rounded down −%1</translation>
    </message>
    <message>
        <source>抹零（舍去角分）</source>
        <translation>Round down to the yuan</translation>
    </message>
    <message>
        <source>挂账</source>
        <translation>On account</translation>
    </message>
    <message>
        <source>挂账金额（仅单位客户）</source>
        <translation>Amount on account (business customers only)</translation>
    </message>
    <message>
        <source>挂账：%1</source>
        <translation>On account: %1</translation>
    </message>
    <message>
        <source>按 %1 预填，可修改</source>
        <translation>Prefilled from %1; can be changed</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>数量/工时</source>
        <translation>Qty/hours</translation>
    </message>
    <message>
        <source>整单折扣</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <source>整单折扣 −%1（%2）</source>
        <translation>Order discount −%1 (%2)</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day-end</translation>
    </message>
    <message>
        <source>日结报表 %1</source>
        <translation>Day-end report %1</translation>
    </message>
    <message>
        <source>日结报表…</source>
        <translation>Day-end report…</translation>
    </message>
    <message>
        <source>本店联…</source>
        <translation>Dealership copy…</translation>
    </message>
    <message>
        <source>查看委托书</source>
        <translation>View repair order</translation>
    </message>
    <message>
        <source>比例 %，如 5</source>
        <translation>Percent, e.g. 5</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理赔号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>确认客户应付 %1 已收齐，结算委托书 %2？结算后委托书不能再修改。</source>
        <translation>Confirm that the %1 payable by the customer has been received in full and settle repair order %2? A settled repair order can no longer be changed.</translation>
    </message>
    <message>
        <source>移除所选收款</source>
        <translation>Remove selected payment</translation>
    </message>
    <message>
        <source>结算 (Ctrl+Enter)</source>
        <translation>Settle (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>结算单 %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>结算单 %1（%2）已于 %3 由 %4 作废：%5。已收款项请在 Desk 之外退还。</source>
        <translation>Invoice %1 (%2) was voided on %3 by %4: %5. Refund any payments received outside Desk.</translation>
    </message>
    <message>
        <source>结算单 %1：%2 由 %3 结算，客户付 %4</source>
        <translation>Invoice %1: settled %2 by %3, customer paid %4</translation>
    </message>
    <message>
        <source>结算单客户联…</source>
        <translation>Invoice customer copy…</translation>
    </message>
    <message>
        <source>自费 %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>行折扣 %，如 10</source>
        <translation>Line discount %, e.g. 10</translation>
    </message>
    <message>
        <source>设所选行折扣</source>
        <translation>Discount selected line</translation>
    </message>
    <message>
        <source>请先在账单中选择要打折的一行。</source>
        <translation>First select the line in the bill to discount.</translation>
    </message>
    <message>
        <source>请在左侧选择委托书</source>
        <translation>Choose a repair order on the left</translation>
    </message>
    <message>
        <source>请客户在此签字确认结算单</source>
        <translation>Customer, please sign here to confirm the invoice</translation>
    </message>
    <message>
        <source>账单（按付费方）</source>
        <translation>Bill (by payer)</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>还差 %1</source>
        <translation>%1 still missing</translation>
    </message>
    <message>
        <source>重新打开 %1 的原因（将记入作废的结算单和状态记录）：</source>
        <translation>Reason for reopening %1 (recorded on the voided invoice and in the status history):</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>重新打开委托书</source>
        <translation>Reopen repair order</translation>
    </message>
    <message>
        <source>重新打开委托书 %1？结算单 %2 将作废（重打印会显示“作废”），未使用的出门证作废，委托书回到「待交车」。已收的款项仍记在作废的结算单上，退款请在 Desk 之外办理。</source>
        <translation>Reopen repair order %1? Invoice %2 will be voided (reprints show “VOID”), unused exit passes are voided, and the repair order returns to “Awaiting delivery”. Payments received stay on the voided invoice; handle refunds outside Desk.</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>金额，如 50</source>
        <translation>Amount, e.g. 50</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>（单位）</source>
        <translation>(business)</translation>
    </message>
    <message>
        <source>（已含项目折扣 %1）</source>
        <translation>(includes line discounts of %1)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>不留空档</source>
        <translation>No buffer slots</translation>
    </message>
    <message>
        <source>不自动锁屏</source>
        <translation>Never lock automatically</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Days closed</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>工时单价（元/小时）</source>
        <translation>Labour rate (yuan/hour)</translation>
    </message>
    <message>
        <source>店名</source>
        <translation>Dealership name</translation>
    </message>
    <message>
        <source>技师每日工时（小时）</source>
        <translation>Technician hours per day</translation>
    </message>
    <message>
        <source>无人操作多久后锁屏</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>本店信息</source>
        <translation>Dealership details</translation>
    </message>
    <message>
        <source>欢迎牌和车间看板上的客户</source>
        <translation>Customer on welcome board and wall screen</translation>
    </message>
    <message>
        <source>每约几个时段留一个空档</source>
        <translation>Slots before each buffer slot</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>绩效考核目标</source>
        <translation>KPI targets</translation>
    </message>
    <message>
        <source>设置考核目标…</source>
        <translation>Set KPI targets…</translation>
    </message>
    <message>
        <source>质检洗车预留（分钟）</source>
        <translation>Time reserved for quality check and wash (minutes)</translation>
    </message>
    <message>
        <source>预约时段长度</source>
        <translation>Appointment slot length</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Desk 售后服务前台</source>
        <translation>Desk Service Reception</translation>
    </message>
    <message>
        <source>登录 Desk</source>
        <translation>Sign in to Desk</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>须先设置自己的新密码才能登录。</source>
        <translation>You must set a new password of your own before you can sign in.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>不填：暂不能登录</source>
        <translation>Leave empty: cannot sign in yet</translation>
    </message>
    <message>
        <source>临时密码(&amp;P)</source>
        <translation>Temporary &amp;password</translation>
    </message>
    <message>
        <source>临时密码，登录时须修改</source>
        <translation>Temporary password; must be changed at sign-in</translation>
    </message>
    <message>
        <source>停用 %1 的账号吗？停用后不能登录，以前的记录都保留，以后可以再启用。</source>
        <translation>Disable %1&apos;s account? They will no longer be able to sign in. All past records are kept, and the account can be enabled again later.</translation>
    </message>
    <message>
        <source>停用账号(&amp;D)</source>
        <translation>&amp;Disable account</translation>
    </message>
    <message>
        <source>再输一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>启用账号(&amp;E)</source>
        <translation>&amp;Enable account</translation>
    </message>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>岗位(&amp;J)</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>把 %1 的岗位从「%2」改为「%3」吗？</source>
        <translation>Change %1&apos;s job from “%2” to “%3”?</translation>
    </message>
    <message>
        <source>把选中的员工改为上面表单里选的岗位和班组</source>
        <translation>Give the selected staff members the job and team chosen in the form above</translation>
    </message>
    <message>
        <source>改为所选岗位(&amp;C)</source>
        <translation>&amp;Change to selected job</translation>
    </message>
    <message>
        <source>新员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>未设密码，不能登录</source>
        <translation>No password set; cannot sign in</translation>
    </message>
    <message>
        <source>添加员工(&amp;A)</source>
        <translation>&amp;Add staff member</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>班组(&amp;T)</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>请为在 Desk 上工作的同事建立账号（至少一位服务顾问），并给每人一个临时密码；他们第一次登录时会改成自己的密码。</source>
        <translation>Create an account for each colleague who works on Desk (at least one service advisor) and give each a temporary password; they will change it to their own password at their first sign-in.</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>重置密码(&amp;W)…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>保存(Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>做了什么、和客户怎么说的、下一步是什么</source>
        <translation>What was done, what the customer was told, what happens next</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>Handled at</translation>
    </message>
    <message>
        <source>处理时间(&amp;W)</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>处理经过</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>处理经过(&amp;T)</source>
        <translation>&amp;Handling steps</translation>
    </message>
    <message>
        <source>添加处理记录 %1</source>
        <translation>Add handling step %1</translation>
    </message>
    <message>
        <source>这是第一条处理记录，将记为首次答复客户的时间（期限 %1）。</source>
        <translation>This is the first handling step; it will be recorded as the time of the first reply to the customer (due by %1).</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>%1年%2月%3日 %4</source>
        <translation>%4, %3/%2/%1</translation>
    </message>
    <message>
        <source>今日预约</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>剩 %1:%2</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>可交车</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>已结算</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待出厂</source>
        <translation>Awaiting release</translation>
    </message>
    <message>
        <source>待派工</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>待确认 / 该查进度</source>
        <translation>Awaiting approval / check progress</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>无法连接数据库，正在重试…</source>
        <translation>Cannot reach the database, retrying…</translation>
    </message>
    <message>
        <source>无法连接数据库，正在重试… 显示的是 %1 的看板。</source>
        <translation>Cannot reach the database, retrying… Showing the board as of %1.</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>现在没有在厂车辆</source>
        <translation>No cars in the workshop right now</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>第 %1/%2 页</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>维修进度看板</source>
        <translation>Repair progress board</translation>
    </message>
    <message>
        <source>维修进度看板 · 在厂 %1 辆 · 今日待到店 %2 辆</source>
        <translation>%1 in the workshop · %2 expected today</translation>
    </message>
    <message>
        <source>超时 %1:%2</source>
        <translation>%1:%2 late</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车间看板</source>
        <translation>Wall screen</translation>
    </message>
    <message>
        <source>预约 %1</source>
        <translation>Appt. %1</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <source>全部班组</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>共 %1 项 · 施工中 %2 · 暂停 %3 · 待派技师 %4</source>
        <translation>%1 jobs · in progress %2 · paused %3 · awaiting technician %4</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>双击一行打开委托书。实际工时超过标准工时时显示为红色。</source>
        <translation>Double-click a row to open the repair order. Actual hours above standard hours are shown in red.</translation>
    </message>
    <message>
        <source>未派技师</source>
        <translation>No technician</translation>
    </message>
    <message>
        <source>班组</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>_LinesBox</name>
    <message>
        <source>%1  %2  %3  库存 %4</source>
        <translation>%1  %2  %3  in stock %4</translation>
    </message>
    <message>
        <source>%1  %2  %3 工时</source>
        <translation>%1  %2  %3 h</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>备件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>工时代码</source>
        <translation>Labour code</translation>
    </message>
    <message>
        <source>工时（空 = 标准工时）</source>
        <translation>Hours (empty = standard hours)</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>数量（空 = 1）</source>
        <translation>Qty (empty = 1)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>请先输入代码或名称，从列表里选一项。</source>
        <translation>First type a code or name and choose an entry from the list.</translation>
    </message>
    <message>
        <source>输入代码或名称的一部分</source>
        <translation>Type part of a code or name</translation>
    </message>
    <message>
        <source>输入备件号或名称的一部分</source>
        <translation>Type part of a part number or name</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>修改密码</source>
        <translation>Password change</translation>
    </message>
    <message>
        <source>出门证作废</source>
        <translation>Exit pass voided</translation>
    </message>
    <message>
        <source>出门证放行</source>
        <translation>Vehicle released at gate</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Item deleted</translation>
    </message>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>导出客户资料</source>
        <translation>Customer data export</translation>
    </message>
    <message>
        <source>带折扣的新项目</source>
        <translation>New item with discount</translation>
    </message>
    <message>
        <source>开出门证</source>
        <translation>Exit pass issued</translation>
    </message>
    <message>
        <source>投诉状态</source>
        <translation>Complaint status</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>本店设置</source>
        <translation>Dealership settings</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>目录价格或工时</source>
        <translation>Catalogue price or labour hours</translation>
    </message>
    <message>
        <source>结算</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>结算作废（重新打开）</source>
        <translation>Settlement voided (reopened)</translation>
    </message>
    <message>
        <source>超出产能预约</source>
        <translation>Appointment over capacity</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>门卫拒绝放行</source>
        <translation>Release refused at gate</translation>
    </message>
    <message>
        <source>项目价格、折扣或付费方式</source>
        <translation>Item price, discount or pay type</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>休息/交接班</source>
        <translation>Break/shift change</translation>
    </message>
    <message>
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Maintenance reminder</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>回访员</source>
        <translation>Follow-up clerk</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>客户不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>客户同意</source>
        <translation>Customer approved</translation>
    </message>
    <message>
        <source>客户带走</source>
        <translation>Customer takes them</translation>
    </message>
    <message>
        <source>客户拒绝</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <source>已出厂</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>已开单</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已结算</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>已问候</source>
        <translation>Greeted</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>待交车</source>
        <translation>Ready for delivery</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>To call</translation>
    </message>
    <message>
        <source>待客户确认</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>插做其他工作</source>
        <translation>Interrupted for other work</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>施工中</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>服务经理</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>未做建议项目</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <source>未到店</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>未开工</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>本店处理</source>
        <translation>Shop disposes</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>生日关怀</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>稍后再联系</source>
        <translation>Call again later</translation>
    </message>
    <message>
        <source>等待备件</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>等待客户确认</source>
        <translation>Awaiting customer approval</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>自费</source>
        <translation>Customer pay</translation>
    </message>
    <message>
        <source>质检中</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>购车周年</source>
        <translation>Purchase anniversary</translation>
    </message>
    <message>
        <source>车间主管</source>
        <translation>Workshop supervisor</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>银行转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>门卫</source>
        <translation>Gate guard</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>一次修复率</source>
        <translation>First-time fix rate</translation>
    </message>
    <message>
        <source>准时交车率</source>
        <translation>On-time delivery</translation>
    </message>
    <message>
        <source>单车产值（元）</source>
        <translation>Revenue per order (yuan)</translation>
    </message>
    <message>
        <source>单车工时（小时）</source>
        <translation>Labour hours per order</translation>
    </message>
    <message>
        <source>单车自费产值（元）</source>
        <translation>Customer-pay revenue per order (yuan)</translation>
    </message>
    <message>
        <source>回访完成率</source>
        <translation>Follow-up completion</translation>
    </message>
    <message>
        <source>客户满意率</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>按时完工率</source>
        <translation>Ready on time</translation>
    </message>
    <message>
        <source>接车台次</source>
        <translation>Orders received</translation>
    </message>
    <message>
        <source>有责投诉（每百单）</source>
        <translation>At-fault complaints (per 100 orders)</translation>
    </message>
    <message>
        <source>返工率（质检不合格）</source>
        <translation>Rework rate (failed quality checks)</translation>
    </message>
    <message>
        <source>预约到店率</source>
        <translation>Appointment show rate</translation>
    </message>
    <message>
        <source>预约率</source>
        <translation>Appointment rate</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>回访</source>
        <translation>Follow-up calls</translation>
    </message>
    <message>
        <source>在列表中看到完整电话号码</source>
        <translation>See full phone numbers in lists</translation>
    </message>
    <message>
        <source>在客户资料卡上看到完整电话号码</source>
        <translation>See full phone numbers on the customer card</translation>
    </message>
    <message>
        <source>客户关怀（保养提醒、生日）</source>
        <translation>Customer care (service reminders, birthdays)</translation>
    </message>
    <message>
        <source>导出客户资料</source>
        <translation>Export customer data</translation>
    </message>
    <message>
        <source>建立、停用员工账号，重置密码，改岗位</source>
        <translation>Create and disable staff accounts, reset passwords, change roles</translation>
    </message>
    <message>
        <source>开工、暂停、完工</source>
        <translation>Start, pause and finish jobs</translation>
    </message>
    <message>
        <source>接车、环车检查、开委托书、改项目和价格、追加项目、交车</source>
        <translation>Check-in, walk-around, repair orders, lines and prices, additional work, delivery</translation>
    </message>
    <message>
        <source>收款结算、开出门证</source>
        <translation>Take payments and issue exit passes</translation>
    </message>
    <message>
        <source>本店信息、工时单价、营业时间、打印和指标目标</source>
        <translation>Shop details, labour rates, opening hours, printing and KPI targets</translation>
    </message>
    <message>
        <source>查看和导出指标</source>
        <translation>View and export KPIs</translation>
    </message>
    <message>
        <source>查看操作日志</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>登记和处理投诉</source>
        <translation>Register and handle complaints</translation>
    </message>
    <message>
        <source>看板、查看委托书</source>
        <translation>Board and viewing repair orders</translation>
    </message>
    <message>
        <source>编辑和导入工时、备件、套餐目录</source>
        <translation>Edit and import the labour, parts and package catalogues</translation>
    </message>
    <message>
        <source>超出岗位限额的折扣、批准挂账</source>
        <translation>Discounts past the role&apos;s limit, approving on-account</translation>
    </message>
    <message>
        <source>超出车间产能预约</source>
        <translation>Booking past the workshop&apos;s capacity</translation>
    </message>
    <message>
        <source>进度检查、质检</source>
        <translation>Progress and quality checks</translation>
    </message>
    <message>
        <source>重新打开已结案的投诉</source>
        <translation>Reopen a closed complaint</translation>
    </message>
    <message>
        <source>重新打开已结算的委托书</source>
        <translation>Reopen a settled repair order</translation>
    </message>
    <message>
        <source>门卫放行</source>
        <translation>Let cars out at the gate</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>只显示车牌</source>
        <translation>Plate only</translation>
    </message>
    <message>
        <source>姓氏加称呼（王先生 / 李女士）</source>
        <translation>Surname and title (Mr Wang / Ms Li)</translation>
    </message>
    <message>
        <source>显示全名</source>
        <translation>Full name</translation>
    </message>
</context>
</TS>
