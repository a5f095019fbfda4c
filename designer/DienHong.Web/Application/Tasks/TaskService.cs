using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Attachments;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// Tasks for the signed-in person (nhiệm vụ của tôi): the inbox (own tasks, and the tasks of the groups they hold or
/// act in), and claim, complete, delegate and reassign. The acting person is always the signed-in one; the engine
/// checks again who may act, so a request never gets further here than there.
/// </summary>
public sealed class TaskService(
    ITaskQueries tasks,
    IWorkflowStore store,
    WorkflowEngine engine,
    CaseAccess cases,
    TaskViews views,
    OrganizationDirectory organization,
    IAssigneeResolver assignees,
    AttachmentService attachments,
    TimeProvider clock)
{
    /// <summary>The person's open tasks by due date, of every agency or of <paramref name="agency"/>.</summary>
    public async Task<ServiceResult<PageResult<TaskItem>>> InboxAsync(PersonAccess access, InboxScope scope, string? agency, PageRequest page, CancellationToken cancellationToken = default)
    {
        if ((CaseAccess.Acts(access) ?? page.Problem) is { } refused)
        {
            return refused;
        }

        if (agency is not null && !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, agency);
        }

        Page<InboxTask> found;
        try
        {
            found = await MergedPages.ReadAsync(Queries(access, scope, agency, cancellationToken), InboxOrder.Instance, page.Size, page.After).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, page.After);
        }

        // The page's cases in one read; a tampered one's tasks wait until an operator restores it (the case itself says why).
        var read = await store.LoadManyAsync([.. found.Items.Select(t => t.InstanceId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var items = new List<TaskItem>(found.Items.Count);
        foreach (var task in found.Items)
        {
            // A task closed between the two reads is left out rather than shown without its offer.
            if (read.Sound.GetValueOrDefault(task.InstanceId) is { } loaded && loaded.Bookmarks.FirstOrDefault(b => b.Id == task.BookmarkId) is { } bookmark)
            {
                items.Add(await views.ViewAsync(loaded.Instance, bookmark, cancellationToken).ConfigureAwait(false));
            }
        }

        return new PageResult<TaskItem>(items, found.Total, found.Next);
    }

    /// <summary>Takes a task of a group the person belongs to (nhận việc): it becomes theirs alone.</summary>
    public Task<ServiceResult<TaskResult>> ClaimAsync(PersonAccess access, string taskId, CancellationToken cancellationToken = default) =>
        ActAsync(access, taskId, mayAct: true, (person, _) => new ResumeInput(person, Action: TaskActions.Claim), cancellationToken);

    /// <summary>
    /// Decides a task with one of its outcomes, with a comment, the form's data and attachments: each an attachment the
    /// person uploaded or a web address. The attachments then belong to the case: whoever sees it may read them.
    /// </summary>
    public async Task<ServiceResult<TaskResult>> CompleteAsync(PersonAccess access, string taskId, CompleteTask request, CancellationToken cancellationToken = default)
    {
        var data = request.Data?.DeepClone().AsObject();
        if (request.Attachments is { Count: > 0 } given)
        {
            data ??= [];
            data["attachments"] = new JsonArray([.. given.Select(a => (JsonNode?)a)]);
        }

        // Data may name its attachments itself: whichever way they came, they are checked and attached.
        List<string> references = data?["attachments"] is JsonArray list ? [.. list.OfType<JsonValue>().Select(v => v.ToString())] : [];
        var result = await ActAsync(access, taskId, mayAct: true, (person, _) => new ResumeInput(person, request.Outcome, request.Comment, data), cancellationToken,
            () => attachments.CheckAsync(access, references, cancellationToken)).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await attachments.LinkAsync(references, result.Value.InstanceId, taskId, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// Hands a task to another person (ủy quyền): staff of the case's agency or of the delegating person's own agency,
    /// since the delegate then sees the whole case.
    /// </summary>
    public Task<ServiceResult<TaskResult>> DelegateAsync(PersonAccess access, string taskId, HandOverTask request, CancellationToken cancellationToken = default) =>
        ActAsync(access, taskId, mayAct: true, (person, task) =>
            request.To is { Length: > 0 } to && organization.FindPerson(to) is { } target
                && (target.AgencyId == task.Agency || target.AgencyId == access.Person!.AgencyId)
                ? new ResumeInput(person, Data: HandOver(to, request.Reason), Action: TaskActions.Delegate)
                : new ServiceRefusal(RefusalKind.Invalid, AppRefusals.DelegateTarget, taskId, request.To), cancellationToken);

    /// <summary>Gives a task to a role or a person (giao lại): the head of the case's agency or a workflow administrator does.</summary>
    public Task<ServiceResult<TaskResult>> ReassignAsync(PersonAccess access, string taskId, HandOverTask request, CancellationToken cancellationToken = default) =>
        ActAsync(access, taskId, mayAct: false, (person, task) =>
        {
            var to = request.To ?? string.Empty;
            try
            {
                // An assignee the organisation does not know would leave a task nobody can act on.
                assignees.Resolve(to, task.Agency ?? string.Empty, clock.GetUtcNow());
            }
            catch (ArgumentException)
            {
                return new ServiceRefusal(RefusalKind.Invalid, ActivityRefusals.ReassignTarget, task.NodeId, to);
            }

            return new ResumeInput(person, Data: HandOver(to, request.Reason), Action: TaskActions.Reassign);
        }, cancellationToken);

    private static JsonObject HandOver(string to, string? reason) => new() { ["to"] = to, ["reason"] = string.IsNullOrWhiteSpace(reason) ? null : reason };

    /// <summary>
    /// Acts on a task in one engine run: the case is read once, under its lock, and the person's right to see it and
    /// act on the task is checked on that very state before the run; the engine then checks again who may act.
    /// </summary>
    private async Task<ServiceResult<TaskResult>> ActAsync(
        PersonAccess access, string taskId, bool mayAct, Func<string, OpenTask, ServiceResult<ResumeInput>> input, CancellationToken cancellationToken,
        Func<Task<ServiceRefusal?>>? precondition = null)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var notFound = new ServiceRefusal(RefusalKind.NotFound, AppRefusals.TaskNotFound, taskId);
        if (!TaskId.TryParse(taskId, out var instanceId, out var bookmarkId))
        {
            return notFound;
        }

        ServiceRefusal? declined = null;
        InstanceRecord? instance = null;
        var result = await engine.ResumeAsync(instanceId, bookmarkId, async (loaded, _) =>
        {
            instance = loaded.Instance;
            var decided = await DecideAsync(access, taskId, loaded, bookmarkId, mayAct, input, precondition).ConfigureAwait(false);
            declined = decided.Succeeded ? null : decided.Refusal;
            return decided.Succeeded ? decided.Value : null;
        }, cancellationToken).ConfigureAwait(false);
        if (declined is not null)
        {
            return declined;
        }

        if (!result.Succeeded)
        {
            return result.Status switch
            {
                RunStatus.NotFound => notFound,
                RunStatus.AlreadyConsumed => new ServiceRefusal(RefusalKind.Conflict, AppRefusals.TaskClosed, taskId),
                _ => ServiceRefusal.Of(result),
            };
        }

        return new TaskResult(instanceId, result.InstanceStatus, result.Outcome, await views.OpenTasksAsync(instance!, result.OpenBookmarks, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The input to resume the task with, or why not, from the case as the run read it: a case the person does not see
    /// is not found, a closed task a conflict, then who may act (or manage), the precondition, and the input itself.
    /// </summary>
    private async Task<ServiceResult<ResumeInput>> DecideAsync(
        PersonAccess access, string taskId, LoadedInstance loaded, string bookmarkId, bool mayAct, Func<string, OpenTask, ServiceResult<ResumeInput>> input,
        Func<Task<ServiceRefusal?>>? precondition)
    {
        if (!cases.CanSee(access, loaded.Instance.Agency, loaded.Bookmarks))
        {
            return new ServiceRefusal(RefusalKind.NotFound, AppRefusals.TaskNotFound, taskId);
        }

        if (loaded.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId && b.Kind == BookmarkKind.Task) is not { } bookmark)
        {
            return new ServiceRefusal(RefusalKind.Conflict, AppRefusals.TaskClosed, taskId);
        }

        var task = new OpenTask(loaded.Instance, bookmark);
        var person = access.Person!.Id;
        if (mayAct && !cases.CanAct(access, task.Agency, task.Bookmark.Assignee))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, ActivityRefusals.NotAssignee, person, task.NodeId, task.Bookmark.Assignee);
        }

        if (!mayAct && !cases.Manages(access, task.Agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.ReassignDenied, taskId);
        }

        if (precondition is not null && await precondition().ConfigureAwait(false) is { } unmet)
        {
            return unmet;
        }

        return input(person, task);
    }

    /// <summary>
    /// One query per way a task can be the person's: by name (theirs and absent colleagues' they act for), by each role in
    /// each agency (a role is held in an agency, so each agency is its own query), by a role named with its agency.
    /// </summary>
    private List<MergedPages.Query<InboxTask>> Queries(PersonAccess access, InboxScope scope, string? agency, CancellationToken cancellationToken)
    {
        var only = agency is null ? null : new[] { agency };
        var queries = new List<MergedPages.Query<InboxTask>>();
        void Add(IReadOnlyCollection<string> keys, IReadOnlyCollection<string>? agencies)
        {
            if (keys.Count > 0)
            {
                queries.Add((after, size) => tasks.InboxAsync(new InboxQuery(keys, agencies, size, after), cancellationToken));
            }
        }

        var places = access.Agencies.Where(a => agency is null || a.Agency.Id == agency).ToList();
        if (scope != InboxScope.Groups)
        {
            Add([.. access.Agencies.SelectMany(a => a.Acting).Select(r => Assignee.ForUser(r.ForPersonId)).Prepend(Assignee.ForUser(access.Person!.Id)).Distinct()], only);
        }

        if (scope != InboxScope.Mine)
        {
            foreach (var place in places)
            {
                // One query per role, too: each then walks one page of the inbox index in due order, where several
                // roles in one query would sort all their tasks in the agency.
                foreach (var role in RolesIn(place))
                {
                    Add([Assignee.ForRole(role)], [place.Agency.Id]);
                }
            }

            Add([.. places.SelectMany(p => RolesIn(p).Select(r => Assignee.ForRole(r + "@" + p.Agency.Id)))], null);
        }

        return queries;
    }

    private static IEnumerable<string> RolesIn(AgencyAccess place) => place.Roles.Concat(place.Acting.Select(r => r.Role)).Distinct();

    /// <summary>A task found open, with its case.</summary>
    private sealed record OpenTask(InstanceRecord Instance, BookmarkRecord Bookmark)
    {
        public string? Agency => Instance.Agency;

        public string NodeId => Bookmark.NodeId;
    }
}
