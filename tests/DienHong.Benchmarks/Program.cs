using DienHong.Benchmarks;
using DienHong.Benchmarks.Http;

// The HTTP benchmark's server process: the server's own start with the settings given after the name.
if (args is ["--child", ServerChild.Name, .. var settings])
{
    return await DienHong.Server.ServerProgram.RunAsync(settings);
}

var options = Options.Parse(args);
if (options.Http)
{
    return await HttpBenchmark.RunAsync(options);
}

if (options.Child is null)
{
    return await ParentRunner.RunAsync(options);
}

var result = options.Child switch
{
    "dienhong" => await DienHongChild.RunAsync(options),
    "workflowcore" => await WorkflowCoreChild.RunAsync(options),
    "stateless" => await StatelessChild.RunAsync(options),
    "floor" => await FloorChild.RunAsync(options, grouped: false),
    "floor-group" => await FloorChild.RunAsync(options, grouped: true),
    PostgresChild.OneNode => await PostgresChild.RunAsync(options, nodes: 1),
    PostgresChild.TwoNodes => await PostgresChild.RunAsync(options, nodes: 2),
    PostgresChild.SecondNode => await PostgresChild.SecondNodeAsync(options),
    _ => throw new ArgumentException($"Unknown peer '{options.Child}'."),
};
Console.WriteLine(result.ToLine());
return 0;
