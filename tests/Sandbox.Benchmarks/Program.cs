using BenchmarkDotNet.Running;
using Sandbox.Benchmarks.Gateway;
using Sandbox.Benchmarks.Workflows;

if (args is ["timer-lag", .. var options])
{
    return await TimerLagHarness.RunAsync(options);
}

if (args is ["gateway-load", .. var gatewayOptions])
{
    return await GatewayLoadHarness.RunAsync(gatewayOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>
/// Entry point of the benchmarks: <c>dotnet run -c Release --project tests/Sandbox.Benchmarks -- --filter '*'</c>;
/// <c>-- timer-lag</c> runs the timer-lag load script (<see cref="TimerLagHarness"/>) instead, <c>-- gateway-load</c> the data
/// gateway's (<see cref="GatewayLoadHarness"/>).
/// </summary>
public partial class Program;
