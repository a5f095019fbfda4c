namespace DienHong.Web.Application;

/// <summary>What kind of refusal (loại từ chối) a service gives, which decides the HTTP status an endpoint answers with.</summary>
public enum RefusalKind
{
    /// <summary>The request itself is wrong: a missing or ill-typed value, an outcome the task does not offer (400).</summary>
    Invalid,

    /// <summary>The signed-in person may see the thing but not do this with it (403).</summary>
    Forbidden,

    /// <summary>No such thing, or one the person may not see: the answer does not say which (404).</summary>
    NotFound,

    /// <summary>The thing's state forbids it now: a task completed already, a row changed meanwhile (409).</summary>
    Conflict,
}
