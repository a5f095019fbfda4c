using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Rule <c>disclosure-upheld</c> (a warning): a Disclosure's objections end in <c>NoObjection</c>,
/// <c>ObjectionsDismissed</c> or <c>ObjectionUpheld</c>, and "has objections" must not silently end as "no
/// objections" (Law 10/2022 Art. 48). Warned: <c>ObjectionUpheld</c> going exactly where <c>NoObjection</c> goes, and
/// a node that routes <c>HasObjections</c> (which it produces only with <c>"unionReview": false</c>) instead of
/// <c>ObjectionUpheld</c>. An <c>ObjectionUpheld</c> with no route at all is the error of <c>unrouted-outcome</c>.
/// </summary>
internal static class DisclosureRoutingCheck
{
    public static void Check(WorkflowDefinition d, Action<int?, string?, int?, string, string> warn)
    {
        foreach (var node in d.Nodes.Where(n => n.Type == "Disclosure"))
        {
            var recordedOnly = node.TryGetProperty("unionReview", out var review) && review.ValueKind == System.Text.Json.JsonValueKind.False;
            var edges = d.Edges.Where(e => e.From == node.Id).ToList();
            var upheld = Targets(edges, "ObjectionUpheld");
            var clean = Targets(edges, "NoObjection");
            if (upheld.Count > 0 && upheld.SetEquals(clean))
            {
                warn(node.Line, node.Id, null, "disclosure-upheld", Text.Format(ValidationMessages.DisclosureUpheldLikeClean, string.Join(", ", upheld.Order(StringComparer.Ordinal))));
            }
            else if (!recordedOnly && upheld.Count == 0 && edges.Any(e => e.Outcome == "HasObjections"))
            {
                warn(node.Line, node.Id, null, "disclosure-upheld", ValidationMessages.DisclosureHasObjections);
            }
        }
    }

    private static HashSet<string> Targets(IEnumerable<EdgeDefinition> edges, string outcome) =>
        [.. edges.Where(e => e.Outcome == outcome).Select(e => e.To)];
}
