using DienHong.Web.Application.Disclosures;

namespace DienHong.Web.Components.Disclosures;

/// <summary>The answerer's reply to objection <see cref="Number"/> of a posting, from the objections tab (trả lời phản ánh).</summary>
public sealed record ReplyCommand(string DisclosureId, int Number, ReplyObjection Reply);
