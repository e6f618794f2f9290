using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Sqlite;

namespace Sandbox.Storage.Hosting;

public static class SqliteStorageExtensions
{
    /// <summary>The embedded default: one SQLite file under <see cref="SqliteStorageOptions.DataDirectory"/>.</summary>
    public static IServiceCollection UseSqliteStorage(this IServiceCollection services)
    {
        services.AddOptions<SqliteStorageOptions>().BindConfiguration(SqliteStorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddDocumentStore(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var path = Path.Combine(Path.GetFullPath(options.DataDirectory, root), options.FileName);
            return new SqliteDocumentStore(path, sp.GetRequiredService<TimeProvider>());
        });
    }
}
