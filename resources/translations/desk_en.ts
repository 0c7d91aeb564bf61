<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
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
        <source>日期 / 时段</source>
        <translation>Date / slot</translation>
    </message>
    <message>
        <source>日视图</source>
        <translation>Day view</translation>
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
        <source>预约 %1</source>
        <translation>Appt. %1</translation>
    </message>
</context>
<context>
    <name>CustomerCarFields</name>
    <message>
        <source>17 位，可用扫码枪</source>
        <translation>17 characters; a barcode scanner works</translation>
    </message>
    <message>
        <source>如 大众 帕萨特 330TSI</source>
        <translation>e.g. Volkswagen Passat 330TSI</translation>
    </message>
    <message>
        <source>如 粤B·D12345</source>
        <translation>e.g. 粤B·D12345</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <source>{advisor} 在 {time} 已有预约 {number}（{plate}），请换一个时间或换一位服务顾问。</source>
        <translation>{advisor} already has appointment {number} ({plate}) at {time}. Choose another time or another service advisor.</translation>
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
        <source>{time} 是留给超时和临时到店客户的缓冲时段（每 {count} 个接待时段留 1 个）。确定要把预约排在缓冲时段吗？</source>
        <translation>{time} is a buffer slot kept free for overruns and walk-in customers (1 after every {count} reception slots). Book the appointment into the buffer slot anyway?</translation>
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
        <source>“启用”只能填 是/否（或 1/0），现在是“{text}”。</source>
        <translation>“Active” must be yes or no (or 1/0), not “{text}”.</translation>
    </message>
    <message>
        <source>一份接车登记最多 {limit} 个标记。</source>
        <translation>A check-in sheet can have at most {limit} damage marks.</translation>
    </message>
    <message>
        <source>下班时间必须晚于上班时间。</source>
        <translation>The closing time must be later than the opening time.</translation>
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
        <source>出门证 {number} 已于 {when} 使用过，不能再次放行。</source>
        <translation>Exit pass {number} was already used at {when} and cannot let a car out again.</translation>
    </message>
    <message>
        <source>出门证 {number} 已于 {when} 过期，请到收银处重新开具。</source>
        <translation>Exit pass {number} expired at {when}. Please have a new one issued at the cashier.</translation>
    </message>
    <message>
        <source>单位最多 10 个字符，现在是“{text}”。</source>
        <translation>The unit is too long (at most 10 characters): “{text}”.</translation>
    </message>
    <message>
        <source>取消委托书必须填写原因。</source>
        <translation>Enter a reason for cancelling the repair order.</translation>
    </message>
    <message>
        <source>只能导入 labour（工时）、parts（备件）或 packages（套餐）。</source>
        <translation>Only labour, parts or packages (service packages) can be imported.</translation>
    </message>
    <message>
        <source>名称最多 {n} 个字符。</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>备件目录里没有备件号 {code}。</source>
        <translation>Part no. {code} is not in the parts catalogue.</translation>
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
        <source>委托书 {number} 已「{current}」，不能再改变状态。</source>
        <translation>Repair order {number} is “{current}”; its status can no longer change.</translation>
    </message>
    <message>
        <source>委托书 {number} 已「{status}」，不能再修改。</source>
        <translation>Repair order {number} is “{status}” and can no longer be edited.</translation>
    </message>
    <message>
        <source>委托书 {number} 已有有效的出门证 {pass_number}，可直接重新打印。</source>
        <translation>Repair order {number} already has a valid exit pass {pass_number}; you can simply reprint it.</translation>
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
        <source>委托书 {number} 当前为「{current}」，不能直接改为「{target}」。可以改为：{nexts}。</source>
        <translation>Repair order {number} is “{current}” and cannot go straight to “{target}”. It can change to: {nexts}.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，不能派工。</source>
        <translation>Repair order {number} is “{status}” and cannot be dispatched.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，只有「待交车」的委托书才能结算。</source>
        <translation>Repair order {number} is “{status}”; only repair orders that are “Ready for delivery” can be settled.</translation>
    </message>
    <message>
        <source>委托书 {number} 当前为「{status}」，结算后才能开出门证。</source>
        <translation>Repair order {number} is “{status}”; an exit pass can only be issued after settlement.</translation>
    </message>
    <message>
        <source>委托书 {number} 没有接车登记（环车检查）。</source>
        <translation>Repair order {number} has no check-in sheet (walk-around).</translation>
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
        <source>委托书 {number} 还没有工时项目，不能派工。请先添加维修项目。</source>
        <translation>Repair order {number} has no labour lines yet and cannot be dispatched. Add the repair work first.</translation>
    </message>
    <message>
        <source>字体 {font} 不是可嵌入的 TrueType 字体，无法检查字形。请安装中文字体（例如 Debian/Ubuntu 的 fonts-wqy-microhei），或在设置 font_path / 环境变量 DESK_FONT 中指定字体文件。</source>
        <translation>Font {font} is not an embeddable TrueType font, so its glyphs cannot be checked. Install a Chinese font (for example fonts-wqy-microhei on Debian/Ubuntu), or name a font file in the font_path setting or the DESK_FONT environment variable.</translation>
    </message>
    <message>
        <source>客户名称太长（最多100个字）。</source>
        <translation>The customer name is too long (at most 100 characters).</translation>
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
        <source>客户还没有在接车登记上签字，不能打印正式的接车登记表；可以先打印草稿。</source>
        <translation>The customer has not signed the check-in sheet yet, so the final check-in sheet cannot be printed; you can print a draft first.</translation>
    </message>
    <message>
        <source>工时目录里没有代码 {code}。</source>
        <translation>Code {code} is not in the labour catalogue.</translation>
    </message>
    <message>
        <source>已有名为 {name} 的员工。</source>
        <translation>There is already a staff member named {name}.</translation>
    </message>
    <message>
        <source>库位最多 30 个字符，现在是“{text}”。</source>
        <translation>The bin location is too long (at most 30 characters): “{text}”.</translation>
    </message>
    <message>
        <source>当前字体 {font} 缺少以下字符，无法打印：{chars}。请改用包含这些字符的中文 TrueType 字体（设置 font_path 或环境变量 DESK_FONT），或修改这些文字。</source>
        <translation>The font {font} lacks these characters, so the document cannot be printed: {chars}. Use a Chinese TrueType font that has them (font_path setting or DESK_FONT environment variable), or change the text.</translation>
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
        <source>找不到出门证 {number}。</source>
        <translation>Exit pass {number} not found.</translation>
    </message>
    <message>
        <source>找不到委托书 {number}。</source>
        <translation>Repair order {number} not found.</translation>
    </message>
    <message>
        <source>找不到设置的中文字体文件：{path}。请检查设置 font_path 或环境变量 DESK_FONT，或安装中文字体（例如 fonts-wqy-microhei）后清空该设置。</source>
        <translation>The configured Chinese font file was not found: {path}. Check the font_path setting or the DESK_FONT environment variable, or install a Chinese font (for example fonts-wqy-microhei) and clear the setting.</translation>
    </message>
    <message>
        <source>找不到这个标记，可能已被删除。</source>
        <translation>This mark was not found; it may have been deleted.</translation>
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
        <source>找不到这张照片。</source>
        <translation>This photo was not found.</translation>
    </message>
    <message>
        <source>找不到这辆车，可能已被删除。</source>
        <translation>This vehicle was not found; it may have been deleted.</translation>
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
        <source>技师每日工时应在 1 到 16 小时之间，最多两位小数。</source>
        <translation>Technician hours per day must be between 1 and 16, with at most two decimal places.</translation>
    </message>
    <message>
        <source>技师每日工时必须是数字，如 8 或 7.5。</source>
        <translation>Technician hours per day must be a number, e.g. 8 or 7.5.</translation>
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
        <source>无法读取 {path}：{reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>无法连接数据库：{detail}。请检查网络或数据库服务器；刚才的操作没有保存。</source>
        <translation>Cannot connect to the database: {detail}. Please check the network or the database server; your last action was not saved.</translation>
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
        <source>留空档前的连续时段数应在 0 到 12 之间（0 表示不留空档）。</source>
        <translation>The number of slots before each buffer slot must be between 0 and 12 (0 means no buffer slots).</translation>
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
        <source>第 {n} 笔收款的金额必须大于 0。</source>
        <translation>The amount of payment {n} must be greater than 0.</translation>
    </message>
    <message>
        <source>第 {n} 笔收款（{method}）请填写交易流水号。</source>
        <translation>Enter the transaction reference of payment {n} ({method}).</translation>
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
        <source>表头里“{a}”和“{b}”是同一列。</source>
        <translation>“{a}” and “{b}” in the header are the same column.</translation>
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
        <source>请填写{what}。</source>
        <translation>Enter the {what}.</translation>
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
        <source>请填写备件名称。</source>
        <translation>Enter the part name.</translation>
    </message>
    <message>
        <source>请填写客户姓名或单位名称。</source>
        <translation>Enter the customer&apos;s name or company name.</translation>
    </message>
    <message>
        <source>请填写工时项目名称。</source>
        <translation>Enter the labour operation name.</translation>
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
        <source>请填写里程（公里数，整数）。</source>
        <translation>Enter the mileage (whole kilometres).</translation>
    </message>
    <message>
        <source>请填写金额。</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>请记录客户描述的故障或要求（故障描述）。</source>
        <translation>Record the problem or request the customer describes (customer concern).</translation>
    </message>
    <message>
        <source>请选择接待的服务顾问。</source>
        <translation>Choose the service advisor receiving the customer.</translation>
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
        <source>车辆须凭出门证出厂，委托书 {number} 才能改为「已出厂」。</source>
        <translation>A vehicle leaves only with an exit pass; that is when repair order {number} becomes “Released”.</translation>
    </message>
    <message>
        <source>输出目录 {directory} 不存在。</source>
        <translation>The output folder {directory} does not exist.</translation>
    </message>
    <message>
        <source>这一行已被删除或不属于委托书 {number}。</source>
        <translation>This line was deleted or does not belong to repair order {number}.</translation>
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
        <source>这次接车已开委托书 {number}。</source>
        <translation>Repair order {number} has already been opened for this check-in.</translation>
    </message>
    <message>
        <source>这辆车还有未完工的委托书 {number}。确定要再开一张吗？</source>
        <translation>This vehicle still has an unfinished repair order {number}. Open another one anyway?</translation>
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
        <source>17 位，可用扫码枪扫描，回车查找</source>
        <translation>17 characters; scan with a barcode scanner, Enter to look up</translation>
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
        <source>（直接到店，不用预约）</source>
        <translation>(walk-in, no appointment)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
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
    <name>MainWindow</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
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
        <source>关于 Desk</source>
        <translation>About Desk</translation>
    </message>
    <message>
        <source>员工…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>当前员工：</source>
        <translation>Signed in:</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Check-in</translation>
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
        <source>环车检查</source>
        <translation>Walk-around</translation>
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
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>%1  %2  %3  库存 %4%5</source>
        <translation>%1  %2  %3  on hand %4%5</translation>
    </message>
    <message>
        <source>%1  %2  %3 工时</source>
        <translation>%1  %2  %3 hours</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <source>改为「%1」</source>
        <translation>Change to “%1”</translation>
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
        <source>（%1）</source>
        <translation> (%1)</translation>
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
        <source>%1 已放行（%2，出门证 %3）</source>
        <translation>%1 let out (%2, exit pass %3)</translation>
    </message>
    <message>
        <source>%1：工时 %2，备件 %3</source>
        <translation>%1: labour %2, parts %3</translation>
    </message>
    <message>
        <source>交易流水号</source>
        <translation>Transaction ref.</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
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
        <source>出门证号，如 EP20261123-0001</source>
        <translation>Exit pass no., e.g. EP20261123-0001</translation>
    </message>
    <message>
        <source>加入收款</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <source>合计 %1</source>
        <translation>Total %1</translation>
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
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>客户应付 %1</source>
        <translation>Customer pays %1</translation>
    </message>
    <message>
        <source>已收齐，可以结算</source>
        <translation>Paid in full, ready to settle</translation>
    </message>
    <message>
        <source>已结算</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>开出门证</source>
        <translation>Issue exit pass</translation>
    </message>
    <message>
        <source>待结算与待出厂</source>
        <translation>Awaiting settlement or release</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>查看委托书</source>
        <translation>View repair order</translation>
    </message>
    <message>
        <source>核验放行</source>
        <translation>Check and let out</translation>
    </message>
    <message>
        <source>流水号（现金可不填）</source>
        <translation>Transaction ref. (optional for cash)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>确认收款 %1 并结算委托书 %2？结算后委托书不能再修改。</source>
        <translation>Take %1 and settle repair order %2? A settled repair order can no longer be changed.</translation>
    </message>
    <message>
        <source>确认结算 (F9)</source>
        <translation>Settle (F9)</translation>
    </message>
    <message>
        <source>移除所选收款</source>
        <translation>Remove selected payment</translation>
    </message>
    <message>
        <source>请在左侧选择委托书</source>
        <translation>Choose a repair order on the left</translation>
    </message>
    <message>
        <source>账单</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>还需收 %1</source>
        <translation>Still to collect: %1</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>门卫放行</source>
        <translation>Gate</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
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
        <source>预约时段长度</source>
        <translation>Appointment slot length</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>欢迎使用 Desk。请先登记在前台使用 Desk 的员工，至少一位服务顾问。</source>
        <translation>Welcome to Desk. First add the staff who use Desk at the counter, including at least one service advisor.</translation>
    </message>
    <message>
        <source>添加员工</source>
        <translation>Add staff member</translation>
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
    <name>enums</name>
    <message>
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>回访员</source>
        <translation>Follow-up caller</translation>
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
        <source>已开单</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已结算</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>待交车</source>
        <translation>Ready for delivery</translation>
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
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
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
        <source>未到店</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
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
        <source>自费</source>
        <translation>Customer pay</translation>
    </message>
    <message>
        <source>质检中</source>
        <translation>Quality check</translation>
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
