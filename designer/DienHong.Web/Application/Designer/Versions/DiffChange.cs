namespace DienHong.Web.Application.Designer.Versions;

/// <summary>
/// One change between two versions (một thay đổi). <see cref="Path"/> names what changed: a top-level field
/// (<c>name.vi</c>), a variable (<c>variables.employeeId</c>), a node (<c>nodes.union-review</c>), a node's property
/// (<c>nodes.union-review.due.workingDays</c>) or an edge (<c>edges.review:Approve-&gt;approved</c>);
/// <see cref="Before"/> and <see cref="After"/> are the JSON texts on either side (null on the side where it is absent).
/// </summary>
public sealed record DiffChange(DiffKind Kind, DiffTarget Target, string? NodeId, string Path, string? Before, string? After);
