namespace DienHong.Server.Web;

/// <summary>The change-password form (biểu mẫu đổi mật khẩu).</summary>
public sealed record PasswordForm(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);
