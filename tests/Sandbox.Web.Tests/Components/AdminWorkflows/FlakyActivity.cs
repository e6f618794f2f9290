using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Tests.Components.AdminWorkflows;

/// <summary>An activity that fails while <see cref="FailuresLeft"/> is above zero, so a test can open a real incident and retry it.</summary>
public sealed class FlakyActivity : IWorkflowActivity
{
    public const string ActivityName = "test-flaky";

    public const string Error = "the archive service is down";

    public int FailuresLeft { get; set; }

    public int Runs { get; private set; }

    public string Name => ActivityName;

    public Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException(Error);
        }

        Runs++;
        return Task.FromResult(ActivityOutcome.Done);
    }
}
