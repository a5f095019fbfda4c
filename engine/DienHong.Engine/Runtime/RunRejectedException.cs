namespace DienHong.Engine.Runtime;

/// <summary>Abandons a run whose request is not acceptable; nothing of it is saved.</summary>
public sealed class RunRejectedException(string message) : Exception(message);
