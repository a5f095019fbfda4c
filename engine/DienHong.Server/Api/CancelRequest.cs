namespace DienHong.Server.Api;

/// <summary>Why a case is cancelled (lý do hủy hồ sơ); the journal keeps it.</summary>
public sealed record CancelRequest(string? Reason);
