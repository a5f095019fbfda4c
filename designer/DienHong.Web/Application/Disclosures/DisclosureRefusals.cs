using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Disclosures;

/// <summary>The disclosures board's refusal codes (mã từ chối của bảng công khai); each is a problem <c>type</c> of the API.</summary>
public static class DisclosureRefusals
{
    /// <summary>{0} the disclosure id.</summary>
    public static readonly MessageCode NotFound = Code("disclosure.not-found", nameof(BoardText.RefusalNotFound));

    /// <summary>{0} the disclosure id, {1} its agency.</summary>
    public static readonly MessageCode ObjectDenied = Code("disclosure.object-denied", nameof(BoardText.RefusalObjectDenied));

    /// <summary>{0} the disclosure id, {1} the objection's number.</summary>
    public static readonly MessageCode ObjectionNotFound = Code("disclosure.objection-not-found", nameof(BoardText.RefusalObjectionNotFound));

    /// <summary>{0} the disclosure id, {1} the objection's number.</summary>
    public static readonly MessageCode ObjectionAnswered = Code("disclosure.objection-answered", nameof(BoardText.RefusalObjectionAnswered));

    private static MessageCode Code(string value, string resource) => new(value, BoardText.ResourceManager, resource);
}
