return await DienHong.Server.ServerProgram.RunAsync(args);

/// <summary>The server's entry point, public for the test host (WebApplicationFactory).</summary>
public partial class Program;
