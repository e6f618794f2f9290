namespace Sandbox.Domain.Applications;

/// <summary>What a technology item can do; each capability weighs on the risk tier.</summary>
public enum Capability
{
    FacialRecognition,
    BiometricIdentification,
    CommunicationsInterception,
    IntrusionSoftware,
    LocationTracking,
    BehaviouralAnalytics,
    SensorFusion,
    NetworkSurveillance,
    SignalJamming,
    CrowdMonitoring,
}
