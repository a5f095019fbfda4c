using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A HumanTask node's configuration, bound once per definition version; each parameter is a property of the node.</summary>
public sealed record HumanTaskConfig(
    [Property("Người thực hiện: vai trò, người dùng hoặc biểu thức.", "Who does it: a role, a user or an expression.", Required = true)]
    Assignee? Assignee,
    [Property("Các kết quả có thể chọn.", "The outcomes the person can choose.", Required = true)]
    IReadOnlyList<string>? Outcomes,
    [Property("Thời hạn.", "The time limit.")]
    DurationValue? Due,
    [Property("Nhắc việc trước/sau hạn.", "Reminders before/after the due date.")]
    IReadOnlyList<Reminder>? Reminders,
    [Property("Xử lý khi quá hạn: chuyển người hoặc kết thúc với Overdue.", "When overdue: reassign, or complete with Overdue.")]
    Escalation? Escalation,
    [Property("Các trường cần điền.", "Fields to fill.")]
    IReadOnlyList<TaskForm>? Form,
    [Property("Biến nhận dữ liệu người thực hiện điền khi hoàn thành.", "The variable that receives the data filled in on completion.", Variable = true)]
    string? ResultVariable)
{
    /// <summary>The task bookmark's payload (the outcomes and actions offered, the form), the same for every instance of the node.</summary>
    public string PayloadJson { get; } = new TaskOffer(Outcomes ?? [], TaskActions.Names).Payload(TaskForm.Payload(Form ?? [])).ToJsonString();

    public IReadOnlyList<string> Choices => Outcomes ?? [];

    public IReadOnlyList<Reminder> ReminderList => Reminders ?? [];
}
