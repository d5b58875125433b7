import { getServerSession } from "next-auth";
import { authOptions } from "../auth";
import { SignInButton, SignOutButton } from "./buttons";

type TwofoldSession = { twofold?: { amr?: string[]; acr?: string; username?: string } };

export default async function Home() {
  const session = await getServerSession(authOptions);
  if (!session) {
    return (
      <main>
        <h1>My app</h1>
        <p>Not signed in.</p>
        <SignInButton />
      </main>
    );
  }
  const { twofold } = session as typeof session & TwofoldSession;
  return (
    <main>
      <h1>My app</h1>
      <p data-testid="signed-in-as">
        Signed in as {twofold?.username ?? session.user?.email ?? session.user?.name}
      </p>
      <p>
        amr: <code data-testid="amr">{twofold?.amr?.join(" ")}</code>, acr:{" "}
        <code data-testid="acr">{twofold?.acr}</code>
      </p>
      <SignOutButton />
    </main>
  );
}
