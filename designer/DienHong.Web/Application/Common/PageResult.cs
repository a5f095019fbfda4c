namespace DienHong.Web.Application;

/// <summary>One page of a list: its items, the total over all pages, and the cursor of the next page (null on the last).</summary>
public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total, string? Next);
