using DienHong.Web.Application.Disclosures;

namespace DienHong.Server.Api;

/// <summary>
/// The <c>state</c> of the disclosures list as a query value: <c>open</c> or <c>closed</c>, in any case (the board's
/// links use lower case). Anything else is a 400 like any query value not of its type.
/// </summary>
public sealed record DisclosureStateParameter(DisclosureListState Value)
{
    public static bool TryParse(string? value, out DisclosureStateParameter result)
    {
        var known = Enum.TryParse<DisclosureListState>(value, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(value, out _);
        result = new DisclosureStateParameter(known ? state : DisclosureListState.Open);
        return known;
    }
}
