namespace DienHong.Server.Api;

/// <summary>A script's request for a bearer token (yêu cầu cấp mã truy cập).</summary>
public sealed record TokenRequest(string? UserName, string? Password);
