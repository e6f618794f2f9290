using Microsoft.Extensions.DependencyInjection;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>
/// Activities that start or fire other instances reach the engine lazily: the engine is built from the activities,
/// so it cannot be a constructor dependency of one.
/// </summary>
internal static class Engine
{
    public static WorkflowEngine Of(IServiceProvider services) => services.GetRequiredService<WorkflowEngine>();
}
