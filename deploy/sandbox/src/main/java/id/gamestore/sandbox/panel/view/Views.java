package id.gamestore.sandbox.panel.view;

import id.gamestore.sandbox.panel.model.PanelState;

/** Entry point to the transformers (the panel's Fractal transformers): one per resource family. */
public final class Views {
    private final AccountViews accounts;
    private final InfraViews infra;

    public Views(PanelState state) {
        this.accounts = new AccountViews(state, this);
        this.infra = new InfraViews(state, this);
    }

    public AccountViews accounts() {
        return accounts;
    }

    public InfraViews infra() {
        return infra;
    }
}
