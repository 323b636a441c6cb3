package dev.aegis.runtime.internal.tools;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.runtime.internal.steps.GuardCall;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;
import dev.aegis.runtime.internal.steps.ScanSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A guard of the tool loop: before a call, it sees each call of the route's tools (name and
 * arguments); after, each result, as data like any other content. It rewrites what it sanitizes,
 * and stops the run at a block or an approval request: an approved call goes on to be made.
 */
public final class ToolGuardStep implements RouteStep {

    public enum Side {
        CALL,
        RESULT
    }

    private final GuardCall call;
    private final Side side;

    public ToolGuardStep(GuardCall call, Side side) {
        this.call = call;
        this.side = side;
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        ScanTarget target = side == Side.CALL ? ScanTarget.TOOL_ARGUMENTS : ScanTarget.TOOL_RESULT;
        if (!call.guard().targets().contains(target)) {
            return state;
        }
        List<Site> sites = sites(state);
        Map<ScanSite, String> tools = new HashMap<>();
        sites.forEach(site -> tools.put(site.scan(), site.tool()));
        return call.enforce(state, sites.stream().map(Site::scan).toList(), site -> java.util.Optional.ofNullable(tools.get(site)));
    }

    private record Site(ScanSite scan, String tool) {}

    // Calls: the last answer's calls of the route's tools. Results: the tool messages after it.
    private List<Site> sites(RunState state) {
        Map<String, String> offered = state.get(ToolKeys.OFFERED).orElse(Map.of());
        List<Message> messages = state.messages();
        int answer = messages.size() - 1;
        while (answer >= 0 && messages.get(answer).role() != Role.ASSISTANT) {
            answer--;
        }
        List<Site> sites = new ArrayList<>();
        if (answer < 0) {
            return sites;
        }
        List<ToolCall> calls = messages.get(answer).toolCalls();
        if (side == Side.CALL) {
            for (int i = 0; i < calls.size(); i++) {
                if (offered.containsKey(calls.get(i).name())) {
                    sites.add(new Site(new ScanSite(answer, i, ScanTarget.TOOL_ARGUMENTS), calls.get(i).name()));
                }
            }
            return sites;
        }
        Map<String, String> toolById = new HashMap<>();
        calls.forEach(toolCall -> toolById.put(toolCall.id(), toolCall.name()));
        for (int i = answer + 1; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message.role() == Role.TOOL) {
                String tool = message.toolCallId().map(toolById::get).orElse("");
                if (offered.containsKey(tool)) {
                    sites.add(new Site(new ScanSite(i, ScanSite.TEXT, ScanTarget.TOOL_RESULT), tool));
                }
            }
        }
        return sites;
    }
}
