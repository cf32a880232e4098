package id.gamestore.sandbox.panel.context;

import id.gamestore.sandbox.faults.FaultKind;
import id.gamestore.sandbox.faults.Faults;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.install.InstallScheduler;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.view.Views;

/** What route handlers share: the state, its views, faults and the install simulator. */
public record PanelContext(PanelState state, Views views, Faults faults, InstallScheduler installs) {

    /** Simulates a call to Wings for this request: 504 DaemonConnectionException when Wings is unreachable. */
    public void callWings(ApiRequest request) {
        if (faults.take(FaultKind.WINGS_UNREACHABLE, request.method(), request.path()).isPresent()) {
            throw ApiException.wingsUnreachable();
        }
    }
}
