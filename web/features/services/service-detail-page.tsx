import { Button, SimpleGrid, Stack, Text, Typography } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate, useParams } from "react-router";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useDeleteService } from "./api/delete-service.ts";
import { useService } from "./api/get-service.ts";
import { RateCardView } from "./components/rate-card-view.tsx";
import { ServiceCheatSheets } from "./components/service-cheatsheets.tsx";
import { Section } from "./components/section.tsx";
import { ServiceFacts } from "./components/service-facts.tsx";
import { ServiceStatusBadge } from "./components/service-status-badge.tsx";
import { TemplateView } from "./components/template-view.tsx";
import { TotalsView } from "./components/totals-view.tsx";

export function ServiceDetailPage() {
  const { id = "" } = useParams();
  const service = useService(id);
  const remove = useDeleteService();
  const navigate = useNavigate();
  const [confirming, { open, close }] = useDisclosure(false);

  if (service.isPending) return <PageLoader label="Loading the service…" />;
  if (service.isError) return <PageError error={service.error} onRetry={() => void service.refetch()} />;
  const current = service.data;
  const can = current.permissions;

  const deleteService = () =>
    remove.mutate(current.id, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: `“${current.name}” was deleted.` });
        void navigate("/services");
      },
    });

  return (
    <>
      <PageHeader
        title={current.name}
        description={current.summary || undefined}
        actions={
          <>
            <ServiceStatusBadge status={current.status} />
            {can.update && (
              <Button component={Link} to={`/services/${current.id}/edit`}>
                Edit
              </Button>
            )}
            {can.delete && (
              <Button variant="light" color="red" onClick={open}>
                Delete
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <ServiceFacts service={current} />
        <Section title="Description">
          {current.descriptionHtml ? (
            // Rendered from Markdown and sanitized by the server; the only HTML the app injects.
            <Typography>
              <div dangerouslySetInnerHTML={{ __html: current.descriptionHtml }} />
            </Typography>
          ) : (
            <Text c="dimmed">No description yet.</Text>
          )}
        </Section>
        <Section title="Cheat sheets">
          <ServiceCheatSheets serviceId={current.id} />
        </Section>
        <Section title="Estimation template">
          <TemplateView template={current.estimationTemplate} />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section title="Rate card">
            <RateCardView rates={current.rateCard} currency={current.currency} />
          </Section>
          <Section title="Totals">
            <TotalsView totals={current.totals} />
          </Section>
        </SimpleGrid>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => {
          remove.reset();
          close();
        }}
        title="Delete this service?"
        confirmLabel="Delete service"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={deleteService}
      >
        “{current.name}” disappears from the catalog. This cannot be undone.
      </ConfirmModal>
    </>
  );
}
