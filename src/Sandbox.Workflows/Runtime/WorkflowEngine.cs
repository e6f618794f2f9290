using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;
using Sandbox.Workflows.Timers;

namespace Sandbox.Workflows.Runtime;

/// <summary>
/// Starts instances, fires triggers and carries out their effects. A change is one ETag-checked write of the
/// instance; timer documents are written just before it (a timer its instance does not list is ignored), and tasks,
/// observers and activities just after it, driven by what the instance records as still to do.
/// </summary>
public sealed partial class WorkflowEngine(
    WorkflowDefinitionRegistry registry,
    DocumentSet<WorkflowInstance> instances,
    DocumentSet<TimerDocument> timers,
    DocumentSet<WorkflowTask> tasks,
    IEnumerable<IWorkflowActivity> activities,
    IEnumerable<IWorkflowObserver> observers,
    TimeProvider time,
    IOptions<WorkflowRuntimeOptions> options,
    ILogger<WorkflowEngine> logger)
{
    private const int SystemRetries = 20;

    private readonly WorkflowInterpreter _interpreter = new(time);
    private readonly Dictionary<string, IWorkflowActivity> _activities = activities.ToDictionary(a => a.Name, StringComparer.Ordinal);
    private readonly WorkflowRuntimeOptions _options = options.Value;

    public WorkflowDefinitionRegistry Definitions => registry;

    public async Task<Versioned<WorkflowInstance>> StartAsync(StartWorkflow request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await instances.ReadAsync(request.InstanceId, request.InstanceId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var definition = registry.LatestOf(request.DefinitionId);
        var now = time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            State = definition.InitialState,
            Subject = request.Subject,
            ParentInstanceId = request.ParentInstanceId,
            Data = request.Data.DeepClone().AsObject(),
            CreatedAt = now,
            StateEnteredAt = now,
        };
        var scheduled = _interpreter.Start(definition, instance, request.Actor, _options.WorkGrace);
        await CreateTimerDocumentsAsync(instance.Id, scheduled, cancellationToken);
        Versioned<WorkflowInstance> created;
        try
        {
            created = await instances.CreateAsync(instance, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return (await instances.ReadAsync(request.InstanceId, request.InstanceId, cancellationToken))!;
        }

        await ProcessQuietlyAsync(instance.Id, cancellationToken);
        return await instances.ReadAsync(instance.Id, instance.Id, cancellationToken) ?? created;
    }

    public Task<Versioned<WorkflowInstance>?> GetAsync(string instanceId, CancellationToken cancellationToken = default) =>
        instances.ReadAsync(instanceId, instanceId, cancellationToken);

    public async Task<IReadOnlyList<WorkflowInstance>> FindBySubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        await instances.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("subject.id", subjectId)).Take(100), cancellationToken)
            .Select(i => i.Value).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);

    public WorkflowDefinition DefinitionOf(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return registry.Get(instance.DefinitionId, instance.DefinitionVersion);
    }

    /// <summary>The triggers the actor could fire now, each permitted or with the reasons it is not.</summary>
    public async Task<IReadOnlyList<PermittedTrigger>> PermittedAsync(string instanceId, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var instance = await instances.ReadAsync(instanceId, instanceId, cancellationToken) ?? throw new WorkflowInstanceNotFoundException(instanceId);
        return WorkflowInterpreter.Evaluate(DefinitionOf(instance.Value), instance.Value, actor);
    }

    /// <summary>
    /// Fires a trigger. With <see cref="FireCommand.IfMatch"/> a changed instance is refused
    /// (<see cref="WorkflowConcurrencyException"/>); without it (the system) the trigger is retried on the fresh instance.
    /// </summary>
    public async Task<Versioned<WorkflowInstance>> FireAsync(string instanceId, FireCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 0; ; attempt++)
        {
            var current = await instances.ReadAsync(instanceId, instanceId, cancellationToken) ?? throw new WorkflowInstanceNotFoundException(instanceId);
            if (command.IfMatch is { } ifMatch && !string.Equals(ifMatch, current.ETag, StringComparison.Ordinal))
            {
                throw new WorkflowConcurrencyException(instanceId);
            }

            var instance = current.Value;
            var scheduled = _interpreter.Fire(DefinitionOf(instance), instance, command, _options.WorkGrace);
            await CreateTimerDocumentsAsync(instanceId, scheduled, cancellationToken);
            try
            {
                await instances.ReplaceAsync(instance, current.ETag, cancellationToken: cancellationToken);
            }
            catch (DocumentConcurrencyException) when (command.IfMatch is null && attempt < SystemRetries)
            {
                continue;
            }
            catch (DocumentConcurrencyException)
            {
                throw new WorkflowConcurrencyException(instanceId);
            }

            await ProcessQuietlyAsync(instanceId, cancellationToken);
            return (await instances.ReadAsync(instanceId, instanceId, cancellationToken))!;
        }
    }

    private async Task CreateTimerDocumentsAsync(string instanceId, IReadOnlyList<ScheduledTimer> scheduled, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var timer in scheduled)
        {
            await timers.UpsertAsync(new TimerDocument
            {
                Id = timer.DocumentId,
                InstanceId = instanceId,
                TimerId = timer.TimerId,
                Trigger = timer.Trigger,
                DueAt = timer.DueAt,
                ScheduledFor = timer.DueAt,
                CreatedAt = now,
            }, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Effects are retried by the worker if this node cannot finish them now; the commit already stands.</summary>
    private async Task ProcessQuietlyAsync(string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessAsync(instanceId, cancellationToken);
        }
        catch (Exception e) when (e is DocumentStoreException or TimeoutException or HttpRequestException)
        {
            LogDeferred(logger, instanceId, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Workflow instance {InstanceId}: effects deferred to the worker ({Reason}).")]
    private static partial void LogDeferred(ILogger logger, string instanceId, string reason);
}
