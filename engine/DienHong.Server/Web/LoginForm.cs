namespace DienHong.Server.Web;

/// <summary>The sign-in form (biểu mẫu đăng nhập) the login page posts.</summary>
public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);
