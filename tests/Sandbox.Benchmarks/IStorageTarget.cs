namespace Sandbox.Benchmarks;

/// <summary>The three operations measured, on one implementation.</summary>
internal interface IStorageTarget : IAsyncDisposable
{
    Task SeedAsync(int count);

    Task<int> PointReadAsync(string id);

    Task ReplaceAsync(string id);

    Task<int> FilteredQueryAsync();
}
