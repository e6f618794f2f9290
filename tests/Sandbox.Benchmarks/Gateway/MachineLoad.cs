namespace Sandbox.Benchmarks.Gateway;

/// <summary>How busy the machine is: the load average and Linux CPU pressure, printed with the figures so a disturbed run shows.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        const string pressure = "/proc/pressure/cpu";
        var cpu = File.Exists(pressure)
            ? File.ReadAllLines(pressure).FirstOrDefault(l => l.StartsWith("some", StringComparison.Ordinal))?.Split(' ').FirstOrDefault(f => f.StartsWith("avg60=", StringComparison.Ordinal))?["avg60=".Length..] ?? "?"
            : "?";
        return $"load average {load}, CPU pressure (1 min) {cpu}%";
    }
}
