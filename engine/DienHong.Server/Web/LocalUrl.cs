namespace DienHong.Server.Web;

/// <summary>Return addresses are followed only inside this site (no open redirect to another host).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
