namespace Sandbox.Benchmarks;

/// <summary>Where the repository and the shared data folder beside it are, found from the benchmark's own output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Sandbox.sln</c>; BenchmarkDotNet runs each benchmark from a generated folder below it.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>/work/shared/data</c> on this project's machines: the data sets kept outside the repository.</summary>
    public static string SharedData => Path.Combine(Directory.GetParent(Root)!.FullName, "shared", "data");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sandbox.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Sandbox.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
