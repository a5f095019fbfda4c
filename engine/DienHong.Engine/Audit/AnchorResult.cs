namespace DienHong.Engine.Audit;

/// <summary>
/// The result of making an anchor: the anchor, or null when the database did not verify (an anchor over a
/// history that does not verify would vouch for it), with the verification either way.
/// </summary>
public sealed record AnchorResult(Anchor? Anchor, JournalVerification Verification);
