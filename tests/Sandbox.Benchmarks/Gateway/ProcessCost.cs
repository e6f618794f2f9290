using System.Diagnostics;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>CPU time and bytes allocated by this process over a stretch of a run: less sensitive to other tenants of the machine than wall time.</summary>
internal sealed record ProcessCost(double CpuMilliseconds, long AllocatedBytes)
{
    public ProcessCost Plus(ProcessCost other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ProcessCost(CpuMilliseconds + other.CpuMilliseconds, AllocatedBytes + other.AllocatedBytes);
    }

    public static async Task<(T Result, ProcessCost Cost)> MeasureAsync<T>(Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var result = await run();
        process.Refresh();
        return (result, new ProcessCost((process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes() - allocated));
    }
}
