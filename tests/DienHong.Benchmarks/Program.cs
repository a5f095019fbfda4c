using DienHong.Benchmarks;

var options = Options.Parse(args);
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
