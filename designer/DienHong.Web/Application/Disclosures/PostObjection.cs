namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// An objection to send (gửi phản ánh): its text, and whether it is anonymous (then nothing links it to the sender,
/// and the sender is not told of the answer). No actor: the sender is the signed-in person.
/// </summary>
public sealed record PostObjection(string? Text, bool Anonymous = false);
