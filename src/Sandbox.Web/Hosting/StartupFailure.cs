using Microsoft.Extensions.Options;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Hosting;

namespace Sandbox.Web.Hosting;

/// <summary>
/// Runs the app and turns the failures a person can fix — bad settings, an unreachable store —
/// into one clear message and exit code 1, instead of a stack trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    public static async Task<int> RunAsync(WebApplicationBuilder builder, Action<WebApplication> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        try
        {
            var app = builder.Build();
            configure(app);

            // Checked here rather than by the host, which would log each failure with its stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.Services.GetRequiredService<StorageInitializer>().EnsureInitializedAsync();

            // Loads and validates the workflow definitions now, so an invalid one stops start-up with its file, path and problem.
            app.Services.GetService<Sandbox.Workflows.Definitions.WorkflowDefinitionRegistry>();
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            await Console.Error.WriteLineAsync($"Sandbox cannot start: {reason}");
            return ExitCode;
        }
    }

    /// <summary>The message for a person, or null when the failure is a bug that deserves its stack trace.</summary>
    public static string? Explain(Exception exception) => exception switch
    {
        StoreUnavailableException store => store.Message,
        Sandbox.Workflows.Definitions.WorkflowDefinitionException definitions => definitions.Message,
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Explain(e) is not null) =>
            string.Join(" ", aggregate.InnerExceptions.Select(Explain)),
        _ => null,
    };
}
