namespace DienHong.Web.Application.Instances;

/// <summary>
/// Journal verify of one case (kiểm tra nhật ký hồ sơ): every entry's hash recomputed along the chain, no entry
/// missing, and the chain's head the one the case's sealed row records (the seal itself is checked when the case is
/// read: a case that fails it is refused as tampered).
/// </summary>
public sealed record JournalCheck(string InstanceId, bool Intact, long Entries, IReadOnlyList<JournalProblem> Problems);
