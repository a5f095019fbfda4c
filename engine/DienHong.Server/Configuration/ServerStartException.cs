namespace DienHong.Server.Configuration;

/// <summary>The server cannot start for a reason a person can fix; the message is the one line printed, in their language.</summary>
public sealed class ServerStartException(string message, Exception? inner = null) : Exception(message, inner);
