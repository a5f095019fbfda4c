using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application;

/// <summary>
/// The application's refusal codes (mã từ chối của ứng dụng), beside the engine's and the activities'; each becomes a
/// problem <c>type</c> of the API. The table of every code is in <c>docs/api.md</c>.
/// </summary>
public static class AppRefusals
{
    /// <summary>{0} the account: it stands for no person, so it acts on no case.</summary>
    public static readonly MessageCode AccountNoPerson = Code("account.no-person", nameof(ApplicationText.AccountNoPerson));

    /// <summary>{0} the account: the system administrator sees no case.</summary>
    public static readonly MessageCode AccountNoCases = Code("account.no-cases", nameof(ApplicationText.AccountNoCases));

    public static readonly MessageCode DefinitionAdminOnly = Code("definition.admin-only", nameof(ApplicationText.DefinitionAdminOnly));

    /// <summary>{0} the key, {1} the version.</summary>
    public static readonly MessageCode DefinitionVersionMissing = Code("definition.version-not-found", nameof(ApplicationText.DefinitionVersionMissing));

    /// <summary>{0} the number of errors, {1} the first; the problem's <c>errors</c> list them all.</summary>
    public static readonly MessageCode DefinitionInvalid = Code("definition.invalid", nameof(ApplicationText.DefinitionInvalid));

    /// <summary>{0} the key, {1} the version, {2} its status.</summary>
    public static readonly MessageCode DefinitionNotDraft = Code("definition.not-draft", nameof(ApplicationText.DefinitionNotDraft));

    /// <summary>{0} the key.</summary>
    public static readonly MessageCode DefinitionChanged = Code("definition.changed", nameof(ApplicationText.DefinitionChanged));

    /// <summary>{0} the agency.</summary>
    public static readonly MessageCode StartDenied = Code("instance.start-denied", nameof(ApplicationText.StartDenied));

    /// <summary>{0} the agency.</summary>
    public static readonly MessageCode AgencyNotVisible = Code("agency.not-visible", nameof(ApplicationText.AgencyNotVisible));

    /// <summary>{0} the instance.</summary>
    public static readonly MessageCode CancelDenied = Code("instance.cancel-denied", nameof(ApplicationText.CancelDenied));

    /// <summary>{0} the instance.</summary>
    public static readonly MessageCode RetryDenied = Code("instance.retry-denied", nameof(ApplicationText.RetryDenied));

    /// <summary>{0} the task.</summary>
    public static readonly MessageCode ReassignDenied = Code("task.reassign-denied", nameof(ApplicationText.ReassignDenied));

    /// <summary>{0} the variable, {1} the workflow, {2} the declared variables.</summary>
    public static readonly MessageCode VariableUnknown = Code("input.variable-unknown", nameof(ApplicationText.VariableUnknown));

    /// <summary>{0} the largest page, {1} the size given.</summary>
    public static readonly MessageCode PageSize = Code("paging.size", nameof(ApplicationText.PageSize));

    /// <summary>{0} the cursor given.</summary>
    public static readonly MessageCode PageCursor = Code("paging.cursor", nameof(ApplicationText.PageCursor));

    /// <summary>{0} the task id.</summary>
    public static readonly MessageCode TaskNotFound = Code("task.not-found", nameof(ApplicationText.TaskNotFound));

    /// <summary>{0} the task id.</summary>
    public static readonly MessageCode TaskClosed = Code("task.closed", nameof(ApplicationText.TaskClosed));

    /// <summary>{0} the task id, {1} the person named.</summary>
    public static readonly MessageCode DelegateTarget = Code("task.delegate-target", nameof(ApplicationText.DelegateTarget));

    /// <summary>{0} the missing sequence number, {1} the next one found.</summary>
    public static readonly MessageCode JournalGap = Code("journal.gap", nameof(ApplicationText.JournalGap));

    /// <summary>{0} the sequence number.</summary>
    public static readonly MessageCode JournalHash = Code("journal.hash", nameof(ApplicationText.JournalHash));

    /// <summary>{0} the last entry found, {1} its hash, {2} the entry the case records, {3} its hash.</summary>
    public static readonly MessageCode JournalHead = Code("journal.head", nameof(ApplicationText.JournalHead));

    private static MessageCode Code(string value, string resource) => new(value, ApplicationText.ResourceManager, resource);
}
